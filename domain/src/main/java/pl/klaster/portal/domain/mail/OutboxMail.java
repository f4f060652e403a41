package pl.klaster.portal.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One e-mail in the outbox. Sending failures are counted and retried with a growing pause
 * (30 s, 1 min, 2 min ... at most an hour), never dropped.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail implements Serializable {

    public static final int BODY_LENGTH = 10_000;
    private static final Duration MAX_PAUSE = Duration.ofHours(1);
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    protected OutboxMail() {
    }

    public OutboxMail(String recipient, String subject, String body) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.nextAttemptAt = createdAt;
    }

    public void sent() {
        status = MailStatus.SENT;
        sentAt = OffsetDateTime.now(ZoneOffset.UTC);
        lastError = null;
    }

    public void kept() {
        status = MailStatus.KEPT;
    }

    /** A failed attempt: try again after a pause that doubles with each failure, up to an hour. */
    public void failed(String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        Duration pause = Duration.ofSeconds(30L << Math.min(attempts - 1, 7));
        nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
    }

    /** Taken by a sender: nobody else tries it for a while, in case the sender dies while sending. */
    public void claim(Duration forHowLong) {
        nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(forHowLong);
    }

    /** Sends a kept or waiting mail again as soon as possible. */
    public void retryNow() {
        status = MailStatus.PENDING;
        nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
