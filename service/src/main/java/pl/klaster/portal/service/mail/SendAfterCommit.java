package pl.klaster.portal.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts sending as soon as a transaction that queued mail has committed (never before, never on rollback). */
@ApplicationScoped
public class SendAfterCommit {

    @Inject
    private MailSender sender;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sender.sendSoon();
    }
}
