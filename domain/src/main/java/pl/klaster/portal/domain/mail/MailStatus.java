package pl.klaster.portal.domain.mail;

/** Where an outgoing mail is. */
public enum MailStatus {
    /** Waiting to be sent (again, after a failure, at its next attempt time). */
    PENDING,
    /** Handed to the SMTP server. */
    SENT,
    /** Not sent because no SMTP server is configured (the embedded demo mode); shown to ADMIN in the outbox. */
    KEPT
}
