package pl.klaster.portal.domain.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMailTest {

    @Test
    void aFailedMailWaitsLongerAfterEachFailureButAtMostAnHour() {
        OutboxMail mail = new OutboxMail("a@example.org", "s", "b");
        mail.failed("connection refused");
        assertPause(mail, Duration.ofSeconds(30));
        mail.failed("connection refused");
        assertPause(mail, Duration.ofSeconds(60));
        for (int i = 0; i < 20; i++) {
            mail.failed("again");
        }
        assertPause(mail, Duration.ofHours(1));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isEqualTo(22);
    }

    @Test
    void aSentMailForgetsItsError() {
        OutboxMail mail = new OutboxMail("a@example.org", "s", "b");
        mail.failed("timeout");
        mail.sent();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getLastError()).isNull();
        assertThat(mail.getSentAt()).isNotNull();
    }

    private static void assertPause(OutboxMail mail, Duration expected) {
        Duration pause = Duration.between(OffsetDateTime.now(ZoneOffset.UTC), mail.getNextAttemptAt());
        assertThat(pause).isBetween(expected.minusSeconds(5), expected);
    }
}
