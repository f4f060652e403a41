package pl.klaster.portal.web.faces;

import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.io.UncheckedIOException;

/**
 * A page address whose parameter cannot be what the page takes ({@code /staff/member.xhtml?id=abc}, {@code ?id=1e3},
 * a 20-digit number, {@code ?year=abc}) answers "not found" (404), as an id that exists nowhere does, instead of
 * rendering the page without its record and failing with 500 (issue 24, finding 11). One rule for every page with
 * view parameters: after their conversion and validation on a first visit, any invalid one ends the request.
 * Postbacks are left alone: a form's own fields show their messages.
 */
public class BadViewParameters implements PhaseListener {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || faces.getViewRoot() == null || !faces.isValidationFailed()) {
            return;
        }
        boolean invalid = ViewMetadata.getViewParameters(faces.getViewRoot()).stream().anyMatch(p -> !((UIViewParameter) p).isValid());
        if (invalid) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }
}
