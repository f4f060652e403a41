package pl.klaster.portal.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sessions this node holds, and the cap on them (issue 24, finding 3). Anonymous pages keep no session, so a
 * session starts only at a page sign-in; what is left to bound is one account signing in again and again (a script
 * with a member's password). Each account keeps at most {@code klaster.sessions.per-account} signed-in sessions on a
 * node (10 by default): a sign-in beyond that ends the account's oldest session here, and that browser is asked to
 * sign in again. A right password is never refused; sessions on a node are bounded by its accounts times the cap.
 * <p>
 * Why no node-wide cap that refuses sign-ins once full: anyone holding enough accounts could then keep everybody
 * else out, the lock-out of finding 2 again. Per node, not per cluster: the proxy keeps a browser on one node, and
 * nothing here needs the data grid.
 */
@WebListener
public class SessionCount implements HttpSessionListener {

    private static final AtomicInteger ACTIVE = new AtomicInteger();
    /** Account → its signed-in sessions on this node by a key of each, oldest sign-in first. */
    private static final Map<String, LinkedHashMap<String, HttpSession>> BY_ACCOUNT = new ConcurrentHashMap<>();
    /** The session attribute naming the account and the session's key in {@link #BY_ACCOUNT}. */
    private static final String COUNTED_AS = "klaster.countedAs";
    /** Set on a session ended by a newer sign-in of its account. */
    private static final String ENDED = "klaster.endedByNewerSignIn";
    private static final Logger LOG = Logger.getLogger(SessionCount.class.getName());

    public static int active() {
        return ACTIVE.get();
    }

    /**
     * Counts a session that has just signed in as {@code account} and ends the account's oldest sessions on this
     * node beyond {@code cap}. Returns how many it ended.
     */
    static int signedIn(HttpSession session, String account, int cap) {
        forget(session);
        String key = UUID.randomUUID().toString();
        session.setAttribute(COUNTED_AS, new String[] {account, key});
        List<HttpSession> oldest = new ArrayList<>();
        // compute runs atomically per account, so two sign-ins of one account at once cannot both keep their place
        BY_ACCOUNT.compute(account, (name, sessions) -> {
            LinkedHashMap<String, HttpSession> kept = sessions == null ? new LinkedHashMap<>() : sessions;
            kept.put(key, session);
            for (Iterator<HttpSession> it = kept.values().iterator(); kept.size() > cap && it.hasNext(); ) {
                oldest.add(it.next());
                it.remove();
            }
            return kept;
        });
        // Not invalidated here: Weld takes a session destroyed during a request for that request's own and drops the
        // signing-in request's session context (an NPE in the sign-in). Marked instead: its next request signs it out
        // (ActiveAccountFilter), and with one second left to live the container's reaper removes it unused, so the
        // ended sessions do not pile up in the heap.
        for (HttpSession old : oldest) {
            try {
                old.setAttribute(ENDED, Boolean.TRUE);
                old.setMaxInactiveInterval(1);
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile (signed out, timed out): nothing to do
            }
        }
        if (!oldest.isEmpty()) {
            LOG.info(() -> "Account '" + account + "' signed in again with " + cap + " sessions on this node: its "
                    + oldest.size() + " oldest ended (klaster.sessions.per-account)");
        }
        return oldest.size();
    }

    /** Whether a newer sign-in of the account ended this session. */
    static boolean isEnded(HttpSession session) {
        try {
            return session.getAttribute(ENDED) != null;
        } catch (IllegalStateException invalidated) {
            return true;
        }
    }

    private static void forget(HttpSession session) {
        if (session.getAttribute(COUNTED_AS) instanceof String[] counted && counted.length == 2) {
            BY_ACCOUNT.computeIfPresent(counted[0], (name, sessions) -> {
                sessions.remove(counted[1]);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        ACTIVE.incrementAndGet();
        if (LOG.isLoggable(Level.FINE) || Boolean.getBoolean("klaster.debug.sessions")) {
            LOG.log(Level.INFO, "session created", new Throwable("where the session was created"));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        ACTIVE.decrementAndGet();
        forget(event.getSession());
    }
}
