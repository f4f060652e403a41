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
 * Slows down password guessing (OWASP ASVS 2.2.1) without letting anyone lock a person out:
 * <ul>
 *   <li><b>Per user name:</b> after {@value #USER_LIMIT} failures within {@link #WINDOW}, each further attempt from an
 *       unknown device waits longer after the last failure: 15 s, 30 s, 1 min, ... up to {@link #WINDOW}
 *       ({@link #nameDelay}). This holds for names that do not exist too, and the message is the same, so it tells
 *       nobody whether an account exists.</li>
 *   <li><b>Known devices:</b> a browser in which the name signed in before (the web module's signed device cookie)
 *       is not slowed down by the failures of others: a person's right password from their own browser is never
 *       refused because someone else guessed (issue 24, finding 2). It is throttled only after
 *       {@value #KNOWN_DEVICE_LIMIT} failures of the name, so a stolen device cookie is no way to guess.</li>
 *   <li><b>Per client:</b> a client address with {@code klaster.signin.address-limit} failures (any names) within the
 *       window is refused for as long. The address is the client's, as the web module reads it behind a configured
 *       trusted proxy, never the proxy's own, so one client cannot lock out the others behind the same proxy.</li>
 * </ul>
 * A successful sign-in clears its name's failures. Everything is in the shared database, so the limits hold across
 * the nodes of a cluster. One statement per check.
 */
@Stateless
@PermitAll
public class SignInGuard {

    static final int USER_LIMIT = 5;
    static final int KNOWN_DEVICE_LIMIT = 4 * USER_LIMIT;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    private static final Logger LOG = Logger.getLogger(SignInGuard.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "klaster.signin.address-limit", defaultValue = "20")
    private int addressLimit;

    /** Whether sign-in is refused now for this name or from this client address (may be null), from an unknown device. */
    public boolean isLocked(String username, String address) {
        return isLocked(username, address, false);
    }

    /** Whether sign-in is refused now for this name from this client address (may be null) and kind of device. */
    public boolean isLocked(String username, String address, boolean knownDevice) {
        OffsetDateTime now = now();
        Object[] byName = em.createQuery("SELECT COUNT(f), MAX(f.failedAt) FROM SignInFailure f"
                        + " WHERE f.usernameKey = :u AND f.failedAt > :since", Object[].class)
                .setParameter("u", key(username)).setParameter("since", now.minus(WINDOW)).getSingleResult();
        long failures = ((Number) byName[0]).longValue();
        if (knownDevice) {
            return failures >= KNOWN_DEVICE_LIMIT;
        }
        if (failures >= USER_LIMIT && now.isBefore(((OffsetDateTime) byName[1]).plus(nameDelay(failures)))) {
            return true;
        }
        if (address == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(f) FROM SignInFailure f WHERE f.address = :a AND f.failedAt > :since", Long.class)
                .setParameter("a", truncate(address, 64)).setParameter("since", now.minus(WINDOW)).getSingleResult() >= addressLimit;
    }

    /** How long after the last failure a name with this many failures in the window waits: doubling, at most the window. */
    static Duration nameDelay(long failures) {
        if (failures < USER_LIMIT) {
            return Duration.ZERO;
        }
        long doublings = Math.min(failures - USER_LIMIT, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(WINDOW) > 0 ? WINDOW : delay;
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
            LOG.warning("Sign-in slowed down for unknown devices after " + USER_LIMIT + " failures: user name '"
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
