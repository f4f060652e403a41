package pl.klaster.portal.web.error;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An error page is always a fresh page, never the postback of the page that failed. Without this, a failed POST
 * (a forged or expired form, an unexpected error) carries its form's view state into the error page: Faces then
 * treats the error page as a postback, and PrimeFaces' Content-Security-Policy support looks for the failed page's
 * script nonce in the request, finds none in a forged request, and fails the error page itself with a 500. The
 * error page sees the request without the posted view state and nonce, so it is rendered as a new view with its own
 * nonce.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/*", dispatcherTypes = {DispatcherType.ERROR, DispatcherType.FORWARD})
public class ErrorPageRequestFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Set<String> HIDDEN = Set.of("jakarta.faces.ViewState", "primefaces.nonce");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new FreshPageRequest(request), response);
    }

    /** The request as the error page sees it: the posted view state and script nonce left out. */
    static final class FreshPageRequest extends HttpServletRequestWrapper {

        FreshPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return HIDDEN.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return HIDDEN.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> visible = new LinkedHashMap<>(super.getParameterMap());
            visible.keySet().removeAll(HIDDEN);
            return Collections.unmodifiableMap(visible);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
