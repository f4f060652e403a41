package pl.klaster.portal.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.Serial;

/**
 * An anonymous visitor's page is stateless (transient): nothing of it is kept in a session, so the sign-in page,
 * the password links, the error pages and the public pages start no session (issue 24, finding 3: every cookieless
 * GET of the sign-in page made a session of 30 minutes, written to the data grid too; 40 s of load filled the heap).
 * A session starts at sign-in.
 * <p>
 * Set right after the view is restored or created, before anything asks for the view map: PrimeFaces keeps its CSP
 * nonce in the view map, and Mojarra registers the view map of a view that is not transient in the session, which is
 * what started the session (an {@code f:view transient} attribute is applied only when the page is built, too late).
 */
public class AnonymousViewsAreStateless implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() != null && faces.getExternalContext().getUserPrincipal() == null) {
            faces.getViewRoot().setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view exists
    }
}
