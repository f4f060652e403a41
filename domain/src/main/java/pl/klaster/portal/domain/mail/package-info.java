/**
 * The mail outbox: every e-mail the portal sends is first stored here, in the same transaction as the change
 * that causes it, and sent afterwards (retried until it goes). A failed send never rolls a change back, and a
 * rolled-back change never sends mail.
 */
package pl.klaster.portal.domain.mail;
