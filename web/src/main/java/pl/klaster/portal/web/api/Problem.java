package pl.klaster.portal.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An error answer of the API, as RFC 9457 ("Problem Details for HTTP APIs") shapes it, media type
 * {@code application/problem+json}. {@code type} names the kind of problem (a URN listed in docs/API.md),
 * {@code title} says it in the caller's language, {@code detail} says what went wrong this time, {@code errors}
 * lists the fields at fault, and {@code errorId} (only for 5xx) is the id written to the server log. Never a
 * stack trace, an exception name or the server's version.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errorId", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, String errorId,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field the request got wrong: its name in the request and the message for it. */
    public record FieldError(String field, String message) {
    }
}
