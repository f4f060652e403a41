package pl.klaster.portal.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How many HTTP sessions this node holds, for the cap on sessions ({@code klaster.sessions.max}, checked at sign-in:
 * the only place a session starts, since anonymous pages keep none; issue 24, finding 3).
 */
@WebListener
public class SessionCount implements HttpSessionListener {

    private static final AtomicInteger ACTIVE = new AtomicInteger();
    private static final Logger LOG = Logger.getLogger(SessionCount.class.getName());

    public static int active() {
        return ACTIVE.get();
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
    }
}
