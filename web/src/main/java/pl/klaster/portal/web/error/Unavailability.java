package pl.klaster.portal.web.error;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (stopped, restarting, network gone), as opposed to a bug.
 * Such a request is answered 503 "temporarily unavailable" with {@code Retry-After}, on the pages and in the API;
 * nothing was saved (the transaction never got a connection or was rolled back), and the portal answers normally
 * again as soon as the pool gets connections. The readiness check ({@code /health/ready}) is DOWN meanwhile.
 */
public final class Unavailability {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** Request attribute set when an authentication failed because the database could not be reached. */
    public static final String REQUEST_ATTRIBUTE = Unavailability.class.getName() + ".database";

    private Unavailability() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // SQLSTATE class 08: connection exception; 57P01-57P03: the server shuts down or starts
            }
            String type = t.getClass().getName();
            if (type.endsWith("PoolingException") || type.endsWith("ResourceAllocationException")) {
                return true; // the container's pool could not hand out a connection
            }
        }
        return false;
    }
}
