package pl.klaster.portal.web.api;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.web.security.SecurityConfiguration;
import pl.klaster.portal.web.error.Unavailability;
import pl.klaster.portal.web.security.ApiTokenCredential;

import java.io.IOException;
import java.io.Serial;
import java.util.Locale;
import java.util.Set;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Says who calls the REST API, before any resource runs:
 * <ul>
 *   <li>{@code Authorization: Bearer <token>}: the token is checked by the portal's identity store (through the
 *       same Jakarta Security mechanism as the sign-in page), so the request runs as the token's owner with the
 *       owner's role; a wrong, revoked or deactivated token is a 401. Such a call is stateless: a session the
 *       mechanism opened for it is closed when the request ends.</li>
 *   <li>no token but a signed-in session (the portal's own pages calling the API): reads are allowed; a request
 *       that changes data must carry the {@code X-Requested-With} header, which another site's form or link
 *       cannot send (no CORS is offered), so such requests cannot be forged from elsewhere.</li>
 *   <li>neither: anonymous; the services refuse what needs a role (401).</li>
 * </ul>
 * Other schemes (Basic...) are refused: passwords never travel to the API.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiAuthenticationFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;
    static final String SAME_ORIGIN_HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "bearer ";
    static final String CHALLENGE = "Bearer realm=\"klaster-portal\"";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            bearer(authorization, request, response, chain);
            return;
        }
        if (request.getUserPrincipal() != null) {
            boolean active;
            try {
                active = SecurityConfiguration.isSignedInStill(request, accounts);
            } catch (RuntimeException e) {
                if (!Unavailability.isDatabaseUnavailable(e)) {
                    throw e;
                }
                unavailable(request, response);
                return;
            }
            if (!active) {
                request.logout();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                unauthorized(request, response, "api.auth.signedOut");
                return;
            }
            if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeader(SAME_ORIGIN_HEADER) == null) {
                Problems.write(response, Problems.ofKey(request, ProblemType.CROSS_SITE, "api.auth.sameOriginHeader", SAME_ORIGIN_HEADER));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The request attribute marking a call signed in with a token (not a page session). */
    static final String TOKEN_CALL = "klaster.api.tokenCall";

    /**
     * Tokens are made and revoked only from a signed-in page session, never with a token: a stolen token could
     * otherwise make new ones that outlive its revocation, or revoke the owner's others (issue 24, finding 6).
     */
    static void requireSession(HttpServletRequest request) {
        if (Boolean.TRUE.equals(request.getAttribute(TOKEN_CALL))) {
            throw new PreconditionException(ProblemType.FORBIDDEN, "api.auth.tokensFromSession");
        }
    }

    private void bearer(String authorization, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            unauthorized(request, response, "api.auth.bearerOnly");
            return;
        }
        boolean hadSession = request.getSession(false) != null;
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new ApiTokenCredential(authorization.substring(BEARER.length()).strip()))
                .newAuthentication(true));
        try {
            if (status != AuthenticationStatus.SUCCESS || request.getUserPrincipal() == null) {
                if (!response.isCommitted()) {
                    response.reset();
                }
                if (Boolean.TRUE.equals(request.getAttribute(Unavailability.REQUEST_ATTRIBUTE))) {
                    unavailable(request, response); // the token could not be checked: not the client's fault
                    return;
                }
                unauthorized(request, response, "api.auth.invalidToken");
                return;
            }
            request.setAttribute(TOKEN_CALL, Boolean.TRUE);
            chain.doFilter(request, response);
        } finally {
            HttpSession session = hadSession ? null : request.getSession(false);
            if (session != null) {
                session.invalidate(); // a token call keeps no state on the server
            }
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(Unavailability.RETRY_AFTER_SECONDS));
        Problems.write(response, Problems.ofKey(request, ProblemType.UNAVAILABLE, "error.unavailable.text"));
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response, String key) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        Problems.write(response, Problems.ofKey(request, ProblemType.UNAUTHORIZED, key));
    }
}
