package pl.klaster.portal.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.logging.Logger;

/**
 * A postback whose view cannot be restored (a made-up view state such as {@code stateless} sent to a page that keeps
 * its state), or that lacks the nonce PrimeFaces gave its page, is a bad or stale request, not a server error: it is answered as an expired page (400, the portal's
 * "page expired" page) with one log line, instead of a 500 and about 19 KB of stack traces per request (issue 24,
 * finding 9: 400 such requests wrote 22 MB of log in 7 s). Wraps the next handler (OmniFaces' full-ajax handler), so
 * ajax requests get the same page.
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
            List<String> expired = new ArrayList<>();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                if (isUnrestorable(thrown)) {
                    events.remove();
                    expired.add(faces.getExternalContext().getRequestServletPath());
                }
            }
            for (String viewId : expired) {
                LOG.info("A postback to " + viewId + " that cannot be restored (view state or CSP nonce): answered as an expired page");
                faces.getApplication().publishEvent(faces, ExceptionQueuedEvent.class,
                        new ExceptionQueuedEventContext(faces, new ViewExpiredException("The page could not be restored", viewId)));
            }
            getWrapped().handle();
        }
    }
}
