package pl.klaster.portal.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.domain.account.SignInFailure;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Slows down password guessing (OWASP ASVS 2.2.1): after {@value #USER_LIMIT} failed sign-ins for one user name
 * within {@link #WINDOW} the name is locked until {@link #WINDOW} after the last of them, and an address with
 * {@code klaster.signin.address-limit} failures (any names) within the window is throttled as long. A lock holds
 * for names that do not exist too, and the message is the same, so it tells nobody whether an account exists. A
 * successful sign-in clears its name's failures. Everything is in the shared database, so the limits hold across
 * the instances of a cluster.
 */
@Stateless
@PermitAll
public class SignInGuard {

    static final int USER_LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "klaster.signin.address-limit", defaultValue = "20")
    private int addressLimit;

    /** Whether sign-in is refused now for this name or from this address (the address may be null). */
    public boolean isLocked(String username, String address) {
        OffsetDateTime since = now().minus(WINDOW);
        long byName = em.createQuery("SELECT COUNT(f) FROM SignInFailure f WHERE f.usernameKey = :u AND f.failedAt > :since", Long.class)
                .setParameter("u", key(username)).setParameter("since", since).getSingleResult();
        if (byName >= USER_LIMIT) {
            return true;
        }
        if (address == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(f) FROM SignInFailure f WHERE f.address = :a AND f.failedAt > :since", Long.class)
                .setParameter("a", address).setParameter("since", since).getSingleResult() >= addressLimit;
    }

    /** Records a failure in its own transaction, so it counts whatever happens to the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String username, String address) {
        OffsetDateTime now = now();
        em.persist(new SignInFailure(key(username), address == null ? null : truncate(address, 64), now));
        em.createQuery("DELETE FROM SignInFailure f WHERE f.failedAt < :old").setParameter("old", now.minusDays(1)).executeUpdate();
        List<Long> count = em.createQuery("SELECT COUNT(f) FROM SignInFailure f WHERE f.usernameKey = :u AND f.failedAt > :since", Long.class)
                .setParameter("u", key(username)).setParameter("since", now.minus(WINDOW)).getResultList();
        if (!count.isEmpty() && count.get(0) == USER_LIMIT) {
            LOG.warning("Sign-in locked for " + WINDOW.toMinutes() + " minutes after " + USER_LIMIT + " failures: user name '"
                    + truncate(key(username), 64) + "', last address " + address);
        }
    }

    /** A successful sign-in forgets the name's failures. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(String username) {
        em.createQuery("DELETE FROM SignInFailure f WHERE f.usernameKey = :u").setParameter("u", key(username)).executeUpdate();
    }

    static String key(String username) {
        return truncate(username == null ? "" : username.trim().toLowerCase(Locale.ROOT), 254);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
