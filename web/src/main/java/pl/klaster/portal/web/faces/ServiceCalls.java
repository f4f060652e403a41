package pl.klaster.portal.web.faces;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.common.InvalidInputException;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.i18n.Violations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs a service call for a backing bean and turns its expected failures into messages, in the page's
 * language, next to the field they concern:
 * <ul>
 *   <li>{@link InvalidInputException}: each constraint violation at the field its property path names;</li>
 *   <li>{@link BusinessException}: its key, at its field when it names one, else for the whole form;</li>
 *   <li>{@link StaleDataException} (the services turn optimistic-lock failures into it): "changed by someone else";</li>
 *   <li>{@link NotFoundException} or a refused call: answered as a 404 page.</li>
 * </ul>
 * The field names are mapped to client ids by the bean ({@code "nip" -> "form:nip"}). Anything else is
 * unexpected and goes to the error page.
 */
@ApplicationScoped
public class ServiceCalls {

    @Inject
    private Violations violations;

    /** Runs the call; returns true when it succeeded, false when it failed with messages added. */
    public boolean run(Runnable call, Map<String, String> fields) {
        return get(() -> {
            call.run();
            return Boolean.TRUE;
        }, fields) != null;
    }

    /** Runs the call and returns its result, or null when it failed with messages added. */
    public <T> T get(Supplier<T> call, Map<String, String> fields) {
        try {
            return call.get();
        } catch (NotFoundException | EJBAccessException e) {
            notFound();
            return null;
        } catch (StaleDataException e) {
            FacesTexts.error(null, "common.stale");
        } catch (InvalidInputException e) {
            violations(e, fields);
        } catch (BusinessException e) {
            FacesTexts.error(e.getField() == null ? null : fields.get(e.getField()), e.getKey(), e.getArguments());
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    /** Answers the current request with the "not found" page (also what a refused request gets). */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private void violations(InvalidInputException e, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Violations.FieldMessage> messages = violations.localized(e, faces.getViewRoot().getLocale());
        for (Violations.FieldMessage m : messages) {
            String path = m.field();
            String clientId = fields.get(path);
            if (clientId == null && path.contains(".")) {
                clientId = fields.get(path.substring(path.lastIndexOf('.') + 1));
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, m.message(), m.message()));
        }
        if (messages.isEmpty()) {
            FacesTexts.error(null, "validation.invalid");
        }
    }
}
