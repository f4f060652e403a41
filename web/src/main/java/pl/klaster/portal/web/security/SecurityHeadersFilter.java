package pl.klaster.portal.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;

/**
 * The security headers of every answer (OWASP ASVS 14.4): no MIME sniffing, no referrer sent to other sites,
 * never shown inside another site's frame, and Strict-Transport-Security when the portal is reached over HTTPS
 * (directly, or through a proxy that says so in {@code X-Forwarded-Proto}). The pages' Content-Security-Policy is
 * PrimeFaces' (it needs the per-request script nonce; web.xml {@code primefaces.CSP_POLICY}); the API and the files
 * get a policy that allows nothing to run, since they are never pages.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String NOT_A_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page is a Faces page: PrimeFaces adds its policy; the file's policy set before must not
            // block it, and an empty policy header restricts nothing
            response.setHeader("Content-Security-Policy", "");
        } else if (!isPage(request)) {
            response.setHeader("Content-Security-Policy", NOT_A_PAGE_POLICY);
        }
        chain.doFilter(request, response);
    }

    /** Faces pages (and the address of the welcome page) get PrimeFaces' policy, with its nonce. */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() || path.equals("/") || path.endsWith(".xhtml") || path.startsWith("/jakarta.faces.resource/");
    }
}
