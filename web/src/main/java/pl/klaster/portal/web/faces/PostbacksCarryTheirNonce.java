package pl.klaster.portal.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;

import java.io.Serial;

/**
 * A postback must carry the CSP nonce of the page it came from before it runs anything (issue 24, finding 9).
 * PrimeFaces compares the nonce only when it renders the answer, after the form's action has run: an ajax post
 * without it signed in (or failed to, counting a failure) and only then was refused. Checked here right after the
 * view is restored, with PrimeFaces' own comparison (the nonce kept in the view against the one posted); a postback
 * that fails it is answered as an expired page by {@link UnrestorableViews#answer}.
 */
public class PostbacksCarryTheirNonce implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getResponseComplete() || faces.getViewRoot() == null
                || !PrimeApplicationContext.getCurrentInstance(faces).getConfig().isCsp()) {
            return;
        }
        try {
            PrimeFacesContext.getCspState(faces).getNonce(); // kept for the render, which reads it again
        } catch (CspException e) {
            UnrestorableViews.answer(faces);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is restored
    }
}
