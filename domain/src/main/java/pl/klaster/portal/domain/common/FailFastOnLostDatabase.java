package pl.klaster.portal.domain.common;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink retries a query whose connection failed, by default 3 times, 5 s apart: with the database down every
 * request then waits about 10 s before its "temporarily unavailable" answer, holding a request thread. The
 * container's pool already validates connections (and replaces all of them after a failure), so one immediate
 * retry is enough; a database that is really down is answered at once.
 */
public class FailFastOnLostDatabase implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
