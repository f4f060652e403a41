package pl.klaster.portal.service.mail;

import pl.klaster.portal.domain.mail.MailStatus;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A mail in the outbox as the administrator sees it. */
public record OutboxRow(long id, String recipient, String subject, String body, MailStatus status, int attempts,
                        String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) implements Serializable {
}
