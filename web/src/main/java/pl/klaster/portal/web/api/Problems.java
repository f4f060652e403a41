package pl.klaster.portal.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import pl.klaster.portal.web.i18n.Bundles;
import pl.klaster.portal.web.i18n.Languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Builds {@link Problem} answers in the caller's language (Accept-Language: Polish or English). */
public final class Problems {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Problems() {
    }

    public static Locale locale(HttpServletRequest request) {
        // without an Accept-Language header the container would offer its own default locale: ignore that
        return Languages.resolve(null, request == null || request.getHeader("Accept-Language") == null ? null : request.getLocales());
    }

    public static Problem of(HttpServletRequest request, ProblemType type, String detail, String errorId,
                             List<Problem.FieldError> errors) {
        Bundles texts = Bundles.of(locale(request));
        return new Problem(type.uri(), texts.text(type.titleKey()), type.status(), detail,
                request == null ? null : request.getRequestURI(), errorId, errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    /** The same, with the detail taken from the bundle. */
    public static Problem ofKey(HttpServletRequest request, ProblemType type, String detailKey, Object... arguments) {
        return of(request, type, Bundles.of(locale(request)).text(detailKey, arguments), null, null);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Writes a problem straight to the servlet response (for filters, before JAX-RS is reached). */
    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
    }
}
