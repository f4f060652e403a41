package pl.klaster.portal.service.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import pl.klaster.portal.domain.account.IdempotencyKey;
import pl.klaster.portal.service.BusinessException;

import java.time.OffsetDateTime;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * Writes an API client may safely repeat: a POST that carries an {@code Idempotency-Key} stores the key in the same
 * transaction as what it creates, so when the answer is lost (the connection to the database cut between the commit
 * and the reply, a proxy timing out) the client sends the same request again and gets the first result, not a
 * second object. Keys are per account and kept for {@link #KEPT_HOURS} hours. Runs in the calling service's
 * transaction; not a service of its own.
 */
@ApplicationScoped
public class IdempotentWrites {

    public static final int KEPT_HOURS = 24;

    @PersistenceContext
    private EntityManager em;

    /**
     * The id of what an earlier request with this key created, or runs {@code create} and remembers its result.
     * A key used before for a different request (another fingerprint or kind of object) is refused; so is one whose
     * first request is still running on another thread or node (the primary key makes the second insert fail).
     */
    public long once(String account, String key, String fingerprint, String entityType, LongSupplier create) {
        OffsetDateTime now = OffsetDateTime.now();
        OptionalLong earlier = earlier(account, key, fingerprint, entityType, now);
        if (earlier.isPresent()) {
            return earlier.getAsLong();
        }
        long id = create.getAsLong();
        em.createQuery("DELETE FROM IdempotencyKey k WHERE k.createdAt < :old")
                .setParameter("old", now.minusHours(KEPT_HOURS)).executeUpdate();
        em.persist(new IdempotencyKey(account, key, fingerprint, entityType, id, now));
        try {
            em.flush();
        } catch (PersistenceException raceLost) {
            throw new BusinessException("api.idempotency.inProgress");
        }
        return id;
    }

    private OptionalLong earlier(String account, String key, String fingerprint, String entityType, OffsetDateTime now) {
        return em.createQuery("SELECT k FROM IdempotencyKey k WHERE k.accountUsername = :a AND k.key = :k"
                        + " AND k.createdAt >= :since", IdempotencyKey.class)
                .setParameter("a", account).setParameter("k", key).setParameter("since", now.minusHours(KEPT_HOURS))
                .getResultStream().findFirst()
                .map(stored -> {
                    if (!stored.getFingerprint().equals(fingerprint) || !stored.getEntityType().equals(entityType)) {
                        throw new BusinessException("api.idempotency.reused");
                    }
                    return OptionalLong.of(stored.getEntityId());
                })
                .orElse(OptionalLong.empty());
    }
}
