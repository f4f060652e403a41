package pl.klaster.portal.service.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.mail.MailStatus;
import pl.klaster.portal.domain.mail.OutboxMail;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;

/**
 * The administrator's view of the outbox: what was sent, what waits (and why), and, in the embedded demo mode
 * without a mail server, the mails kept instead of sent, so activation links can be followed.
 */
@Stateless
@RolesAllowed(ADMIN)
public class OutboxService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSender sender;

    public Page<OutboxRow> mails(PageRequest page) {
        long total = em.createQuery("SELECT COUNT(m) FROM OutboxMail m", Long.class).getSingleResult();
        var rows = em.createQuery("SELECT new pl.klaster.portal.service.mail.OutboxRow(m.id, m.recipient, m.subject, m.body,"
                        + " m.status, m.attempts, m.lastError, m.createdAt, m.sentAt) FROM OutboxMail m"
                        + " ORDER BY m.createdAt DESC, m.id DESC", OutboxRow.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, total);
    }

    /** Tries a waiting or kept mail again now. */
    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new NotFoundException();
        }
        if (mail.getStatus() != MailStatus.SENT) {
            mail.retryNow();
            em.flush();
            sender.sendSoon();
        }
    }
}
