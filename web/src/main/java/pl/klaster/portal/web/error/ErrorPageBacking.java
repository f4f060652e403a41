package pl.klaster.portal.web.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backs the error pages. A forbidden page is answered with 404, like a page that does not exist, so a
 * restricted address reveals nothing. An unexpected error gets a short id that the page shows and the log
 * records beside the exception, so a user can quote it and an operator can find it.
 */
@Named
@RequestScoped
public class ErrorPageBacking {

    private static final Logger LOG = Logger.getLogger(ErrorPageBacking.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private FacesContext faces;

    private String errorId;
    private boolean unavailable;

    /** Runs before the error page renders (preRenderView): status, id and log entry. */
    public void prepare() {
        if (errorId != null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        if (Integer.valueOf(HttpServletResponse.SC_FORBIDDEN).equals(status)) {
            external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        Object exception = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        errorId = HexFormat.of().formatHex(id).toUpperCase();
        if (exception instanceof Throwable failure && Unavailability.isDatabaseUnavailable(failure)) {
            unavailable = true;
            external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            external.setResponseHeader("Retry-After", String.valueOf(Unavailability.RETRY_AFTER_SECONDS));
            LOG.warning("Error id " + errorId + ": database unavailable at "
                    + external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI) + ": " + failure);
        } else if (isExpiredView(exception)) {
            // a form from a view the server no longer has (a session that timed out, a forged or replayed post):
            // the request cannot be processed as sent, nothing went wrong on the server
            external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
            LOG.info("Expired or unknown view posted at " + external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI));
        } else if (exception instanceof Throwable throwable) {
            LOG.log(Level.SEVERE, "Error id " + errorId + " at "
                    + external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI), throwable);
        } else if (status instanceof Integer code && code >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            // a 4xx is the request's fault: where the portal sent it, it logged why; the container's own (a
            // malformed request) is not logged, so a flood of bad requests cannot fill the log (issue 24, finding 9)
            LOG.warning("Error id " + errorId + ": status " + status + " at "
                    + external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI));
        }
    }

    private static boolean isExpiredView(Object exception) {
        for (Throwable t = exception instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    /** The database could not be reached: the page says "temporarily unavailable, try again shortly". */
    public boolean isUnavailable() {
        return unavailable;
    }

    public String getErrorId() {
        return errorId;
    }
}
