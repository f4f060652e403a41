package pl.klaster.portal.service.mail;

/** Fired when a mail is stored; observed after a successful commit to send it at once. */
public record MailQueued(long mailId) {
}
