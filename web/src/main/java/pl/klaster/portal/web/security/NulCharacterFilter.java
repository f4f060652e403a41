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
 * Refuses (400) a page request whose parameters hold the NUL character: no field of the portal takes it, and
 * PostgreSQL cannot store it in text, so a form saving it would fail with a 500 instead of a field message. Uploads
 * (multipart) are left to their own checks, which read files by content.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class NulCharacterFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/")) {
            for (String[] values : request.getParameterMap().values()) {
                for (String value : values) {
                    if (value != null && value.indexOf('\u0000') >= 0) {
                        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }
}
