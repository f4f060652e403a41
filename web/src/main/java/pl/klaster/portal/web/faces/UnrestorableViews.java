package pl.klaster.portal.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A postback whose view cannot be restored (a made-up view state such as {@code stateless} sent to a page that keeps
 * its state), or that lacks the nonce PrimeFaces gave its page, is a bad or stale request, not a server error: it is answered 400 (a plain post) or
 * redirected to the page anew (an ajax post) with one log line, instead of a 500 and about 19 KB of stack traces per request (issue 24,
 * finding 9: 400 such requests wrote 22 MB of log in 7 s). Wraps the next handler (OmniFaces' full-ajax handler),
 * which then sees no such exception.
 */
public class UnrestorableViews extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(UnrestorableViews.class.getName());
    private static final String MOJARRA_MESSAGE = "Unable to restore view";

    public UnrestorableViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static boolean isUnrestorable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof FacesException && t.getMessage() != null && t.getMessage().startsWith(MOJARRA_MESSAGE)) {
                return true;
            }
            if (t instanceof org.primefaces.csp.CspException) {
                return true; // a postback without its page's CSP nonce: not from the page the portal rendered
            }
        }
        return false;
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            boolean unrestorable = false;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                if (isUnrestorable(events.next().getContext().getException())) {
                    events.remove();
                    unrestorable = true;
                }
            }
            if (unrestorable && !faces.getResponseComplete()) {
                answer(faces);
            }
            getWrapped().handle();
        }
    }

    /**
     * Answers a postback that is not from a page the portal rendered as an expired page, and completes the response
     * (also used by {@link PostbacksCarryTheirNonce} before such a postback runs anything). Answered here, so no
     * handler rethrows it for the container to log: a plain post gets the container's 400 page ({@code sendError}
     * keeps the security headers the filters set); an ajax post gets a partial-response redirect to the page itself,
     * which renders nothing that would need the missing nonce.
     */
    static void answer(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String path = external.getRequestServletPath();
        LOG.info("A postback to " + path + " that cannot be restored (view state or CSP nonce): answered as an expired page");
        try {
            if (!external.isResponseCommitted() && external.getResponse() instanceof jakarta.servlet.ServletResponse response) {
                // Mojarra may have written a partial response for the view state already; the headers the filters
                // set (security headers) stay
                response.resetBuffer();
            }
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(external.getRequestContextPath() + path);
            } else {
                external.responseSendError(400, "The page could not be restored");
            }
        } catch (IOException | IllegalStateException e) {
            LOG.fine("The answer to an unrestorable postback could not be sent: " + e);
        }
        faces.responseComplete();
    }
}
