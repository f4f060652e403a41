package pl.klaster.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import pl.klaster.portal.service.account.AccountService;

import java.io.IOException;
import java.io.Serial;
import java.security.Principal;

/**
 * Ends the session of an account that has been deactivated, or whose password has been set anew (issue 24,
 * finding 10), since it signed in: every signed-in request asks the service (one lookup by the unique user name)
 * whether the account is still active and its session epoch the one the session signed in under; if not, the
 * person is signed out and sent to the sign-in page. The answer comes from the shared database, so it holds on every
 * instance of a cluster at once, with no cache to go stale. Pages and every file served to signed-in people
 * (logos, documents, calendars, report exports, import templates, personal-data exports) are checked; static
 * resources (styles, scripts) hold no data and are not.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/logo/*", "/document/*", "/calendar/*", "/reports/export/*", "/staff/import-template/*",
        "/admin/person-export/*"})
public class ActiveAccountFilter extends HttpFilter {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user != null && !SecurityConfiguration.isSignedInStill(request, accounts)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
