package pl.klaster.portal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;

/**
 * A form post larger than the Faces servlet takes ({@code max-request-size} in web.xml) answers 413 before anything
 * reads it, instead of the container's 500 with a stack trace (issue 24, finding 12). Uploads up to that size reach
 * the page, whose file check ({@code p:validateFile}) and service refuse a file over its own limit (20 MB for a
 * project document, 2 MB for a logo) with a message in the user's language: the request limit is kept well above
 * every file limit, so a browser upload of a too-large file gets that message, not this answer.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class OversizedUploads extends HttpFilter {

    /** The Faces servlet's {@code max-request-size} in web.xml; the two change together. */
    static final long MAX_REQUEST_BYTES = 68_000_000L;

    /** Both languages: the request is refused before the user's language could be read from its session. */
    private static final String TOO_LARGE = "Przesłane dane są za duże (najwyżej 68 MB naraz).\n"
            + "The data sent is too large (at most 68 MB at once).\n";

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            // Answered here rather than by sendError: the error page is a Faces page, and Faces would read this
            // request's parameters, i.e. parse the very body that is refused (a 500 again).
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close"); // the rest of the body is not read
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
