package pl.klaster.portal.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses a request body holding the NUL character (raw or written {@code \u0000} in JSON): no field of the portal
 * takes it, and PostgreSQL cannot store it in text, so it would otherwise fail deep in a save with a 500. Answered
 * as invalid input (400) naming the body.
 */
@Provider
public class NulCharacterInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        byte[] body = context.getInputStream().readAllBytes();
        for (byte b : body) {
            if (b == 0) {
                throw ApiInputException.of("body", "validation.controlCharacters");
            }
        }
        if (new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("\\u0000")) {
            throw ApiInputException.of("body", "validation.controlCharacters");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
