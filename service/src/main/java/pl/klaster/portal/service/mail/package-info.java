/**
 * E-mail through the outbox: {@link pl.klaster.portal.service.mail.Mailer} stores a mail in the caller's
 * transaction; {@link pl.klaster.portal.service.mail.MailSender} sends stored mails after commit and every
 * 20 seconds, retrying failures. Mails are written in Polish and English (one message, both languages), from the
 * bundle {@code pl/klaster/portal/service/mail/mail_{pl,en}.properties}.
 */
package pl.klaster.portal.service.mail;
