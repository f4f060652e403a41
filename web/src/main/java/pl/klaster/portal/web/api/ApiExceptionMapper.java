package pl.klaster.portal.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.common.InvalidInputException;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.web.error.Unavailability;
import pl.klaster.portal.web.i18n.Bundles;
import pl.klaster.portal.web.i18n.Violations;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of an API call becomes an {@code application/problem+json} answer (RFC 9457):
 * <ul>
 *   <li>a refused call: 401 for an anonymous caller, 403 for a signed-in one whose role may not do it;</li>
 *   <li>{@link NotFoundException} (also what another company's object gives, so its existence is not revealed): 404;</li>
 *   <li>{@link InvalidInputException} and bad parameters: 400 with the fields at fault, in the caller's language;</li>
 *   <li>{@link StaleDataException}: 412, the object changed since the caller read it;</li>
 *   <li>another {@link BusinessException} (a rule of the domain said no): 422 with the rule's message;</li>
 *   <li>unreadable JSON: 400; JAX-RS's own answers (unknown path, wrong method or media type): their status;</li>
 *   <li>anything else: 500 with an id that is written to the log with the stack trace, which the caller never sees.</li>
 * </ul>
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    private HttpServletRequest request;

    @Inject
    private Violations violations;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = problem(unwrap(thrown));
        Response response = Problems.response(problem);
        if (problem.status() == 503) {
            response.getHeaders().putSingle("Retry-After", String.valueOf(Unavailability.RETRY_AFTER_SECONDS));
        }
        if (problem.status() == 401) {
            response.getHeaders().putSingle("WWW-Authenticate", ApiAuthenticationFilter.CHALLENGE);
        }
        return response;
    }

    private Problem problem(Throwable e) {
        if (e instanceof EJBAccessException || e instanceof AccessLocalException) {
            return request.getUserPrincipal() == null
                    ? Problems.ofKey(request, ProblemType.UNAUTHORIZED, "api.auth.required")
                    : Problems.ofKey(request, ProblemType.FORBIDDEN, "api.auth.roleRefused");
        }
        if (e instanceof NotFoundException) {
            return Problems.ofKey(request, ProblemType.NOT_FOUND, "api.problem.notFound.detail");
        }
        if (e instanceof StaleDataException) {
            return Problems.ofKey(request, ProblemType.STALE, "api.problem.stale.detail");
        }
        if (e instanceof InvalidInputException invalid) {
            List<Problem.FieldError> errors = violations.localized(invalid, Problems.locale(request)).stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
            return Problems.of(request, ProblemType.VALIDATION, text("api.problem.validation.detail"), null, errors);
        }
        if (e instanceof BusinessException rule) {
            String message = text(rule.getKey(), rule.getArguments());
            List<Problem.FieldError> errors = rule.getField() == null ? List.of() : List.of(new Problem.FieldError(rule.getField(), message));
            return Problems.of(request, ProblemType.RULE, message, null, errors);
        }
        if (e instanceof ApiInputException input) {
            return Problems.of(request, ProblemType.VALIDATION, text("api.problem.validation.detail"), null,
                    input.errors().stream().map(f -> new Problem.FieldError(f.field(), text(f.key(), f.arguments()))).toList());
        }
        if (e instanceof PreconditionException pre) {
            return Problems.ofKey(request, pre.type(), pre.detailKey());
        }
        if (e instanceof ConstraintViolationException) {
            return Problems.ofKey(request, ProblemType.VALIDATION, "api.problem.validation.detail");
        }
        if (e instanceof JsonbException || e instanceof ProcessingException) {
            LOG.log(Level.FINE, "Unreadable API request body on " + request.getRequestURI(), e);
            return Problems.ofKey(request, ProblemType.BAD_REQUEST, "api.problem.unreadable");
        }
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            ProblemType type = ProblemType.ofStatus(status);
            String detail = type == ProblemType.BAD_REQUEST ? text("api.problem.badParameter") : null;
            Problem p = Problems.of(request, type, detail, null, null);
            return new Problem(p.type(), p.title(), status, p.detail(), p.instance(), null, null);
        }
        if (Unavailability.isDatabaseUnavailable(e)) {
            LOG.warning("API: database unavailable on " + request.getMethod() + " " + request.getRequestURI() + ": " + e);
            return Problems.ofKey(request, ProblemType.UNAVAILABLE, "error.unavailable.text");
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API error " + id + " on " + request.getMethod() + " " + request.getRequestURI(), e);
        return Problems.of(request, ProblemType.SERVER_ERROR, text("api.problem.server-error.detail"), id, null);
    }

    private String text(String key, Object... arguments) {
        return Bundles.of(Problems.locale(request)).text(key, arguments);
    }

    /** EJB and JSON layers wrap what went wrong: the first cause in the chain the mapper knows is the one that counts. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        for (int depth = 0; depth < 10 && e != null; depth++) {
            if (e instanceof BusinessException || e instanceof EJBAccessException || e instanceof AccessLocalException
                    || e instanceof ApiInputException
                    || e instanceof PreconditionException
                    || e instanceof ConstraintViolationException || e instanceof JsonbException
                    || e instanceof WebApplicationException) {
                return e;
            }
            e = e instanceof EJBException ejb && ejb.getCausedByException() != null ? ejb.getCausedByException() : e.getCause();
        }
        return thrown;
    }
}
