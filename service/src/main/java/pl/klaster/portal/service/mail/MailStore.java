package pl.klaster.portal.service.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.mail.MailStatus;
import pl.klaster.portal.domain.mail.OutboxMail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The sender's transactions, each its own (REQUIRES_NEW): one mail's result is saved whatever happens to the next.
 * A mail is claimed before it is sent (its next attempt moved 5 minutes ahead, guarded by its version), so two
 * portal instances never send the same mail twice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailStore {

    /** What the sender needs of a claimed mail. */
    public record Claimed(long id, String recipient, String subject, String body) {
    }

    @PersistenceContext
    private EntityManager em;

    public List<Long> due(int limit) {
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                        + " ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<Claimed> claim(long id) {
        try {
            OutboxMail mail = em.find(OutboxMail.class, id);
            if (mail == null || mail.getStatus() != MailStatus.PENDING) {
                return Optional.empty();
            }
            mail.claim(java.time.Duration.ofMinutes(5));
            em.flush();
            return Optional.of(new Claimed(mail.getId(), mail.getRecipient(), mail.getSubject(), mail.getBody()));
        } catch (OptimisticLockException e) {
            return Optional.empty();
        }
    }

    public void sent(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.sent();
    }

    public void kept(long id) {
        em.find(OutboxMail.class, id).kept();
    }

    public void failed(long id, String error) {
        em.find(OutboxMail.class, id).failed(error);
    }
}
