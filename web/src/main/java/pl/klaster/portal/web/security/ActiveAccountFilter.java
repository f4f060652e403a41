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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ends the session of an account that has been deactivated since it signed in: each signed-in request checks
 * (through the service, at most every {@value #CHECK_EVERY_MILLIS} ms per account and instance) that the
 * account is still active; if not, the person is signed out and sent to the sign-in page. Works the same on
 * every instance of a cluster, because the answer comes from the shared database.
 */
@WebFilter(urlPatterns = "/*")
public class ActiveAccountFilter extends HttpFilter {

    static final long CHECK_EVERY_MILLIS = 5_000;

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private final Map<String, Long> activeUntil = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user != null && !stillActive(user.getName())) {
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

    private boolean stillActive(String username) {
        long now = System.currentTimeMillis();
        Long until = activeUntil.get(username);
        if (until != null && until > now) {
            return true;
        }
        boolean active = accounts.isActive(username);
        if (active) {
            activeUntil.put(username, now + CHECK_EVERY_MILLIS);
        } else {
            activeUntil.remove(username);
        }
        return active;
    }
}
