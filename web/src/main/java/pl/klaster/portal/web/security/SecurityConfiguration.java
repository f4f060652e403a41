package pl.klaster.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.service.account.AccountService;

import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.Serializable;
import java.util.Set;

/**
 * How the portal knows who calls: its own Jakarta Security mechanism.
 * <ul>
 *   <li>The sign-in page (and the set-password page) call {@code SecurityContext.authenticate} with a user name and
 *       password; the API filter with a personal token. The credential goes to the identity store
 *       ({@link PortalIdentityStore}); a valid one signs the request in.</li>
 *   <li>A page sign-in is kept as a {@link SignedInCaller} (name and role) in the HTTP session; every later request
 *       of that session is signed in again from it. A token call keeps nothing: each request brings its token.</li>
 *   <li>A protected page asked for without a sign-in redirects to {@code /login.xhtml?continue=<the page>}; after
 *       signing in, the person continues to the page first asked for ({@link #continueTo}). Nothing anonymous is
 *       kept in a session.</li>
 * </ul>
 * Why not {@code @CustomFormAuthenticationMechanismDefinition}, which did the same: it is {@code @AutoApplySession},
 * and Payara keeps the groups of such a session in the memory of the node that signed the person in, not in the
 * session (payara/Payara#6342): behind a load balancer, after a node is lost, the person arrived on the other node
 * signed in but without a role, and every page answered "not found". The session attribute here is replicated by
 * the data grid with the rest of the session, so any node can sign the request in.
 */
@ApplicationScoped
public class SecurityConfiguration implements HttpAuthenticationMechanism {

    /** The session attribute holding the signed-in person. */
    static final String CALLER = "klaster.signedIn";
    /** The sign-in page's parameter holding the page first asked for, to continue to after signing in. */
    static final String CONTINUE_PARAMETER = "continue";
    private static final String LOGIN_PAGE = "/login.xhtml";

    /**
     * Who signed in on this session: all the session needs to sign its next requests in, on any node; with the
     * account's session epoch at sign-in, so that a new password ends the session (issue 24, finding 10).
     */
    record SignedInCaller(String name, Set<String> groups, int epoch) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AccountService accounts;

    /** At most this many signed-in sessions per account on a node; a further sign-in ends the oldest ({@link SessionCount}). */
    @Inject
    @ConfigProperty(name = "klaster.sessions.per-account", defaultValue = "10")
    private int sessionsPerAccount;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()) {
            return authenticate(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            // the page asked for travels in the sign-in page's address, not in a session: an anonymous request
            // starts no session (issue 24, finding 3)
            String target = LOGIN_PAGE;
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                String path = request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query);
                if (isOwnPath(path)) {
                    target += "?" + CONTINUE_PARAMETER + "=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
                }
            }
            return context.redirect(request.getContextPath() + target);
        }
        return context.doNothing();
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        CredentialValidationResult result = credential == null ? CredentialValidationResult.NOT_VALIDATED_RESULT
                : identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE; // the caller (sign-in page, API filter) answers
        }
        if (credential instanceof UsernamePasswordCredential) {
            String name = result.getCallerPrincipal().getName();
            HttpSession session = request.getSession();
            session.setAttribute(CALLER, new SignedInCaller(name, Set.copyOf(result.getCallerGroups()), accounts.sessionEpoch(name)));
            SessionCount.signedIn(session, name, Math.max(1, sessionsPerAccount));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Whether the person signed in on this request may go on: the account is active and, for a page session, its
     * password has not been set anew since the session signed in. A token call has no session epoch: only the
     * account's state counts. A session ended by a newer sign-in of the account ({@link SessionCount}) is not.
     */
    public static boolean isSignedInStill(HttpServletRequest request, AccountService accounts) {
        String name = request.getUserPrincipal().getName();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof SignedInCaller caller && caller.name().equals(name)) {
            return !SessionCount.isEnded(session) && accounts.isSignedInStill(name, caller.epoch());
        }
        return accounts.isActive(name);
    }

    /**
     * The page to go to after signing in: the protected page first asked for (the sign-in form posts it back), or
     * null. Only ever a path of this application: anything that could lead elsewhere ({@code //host},
     * {@code /\host}, a scheme, a line break) is ignored.
     */
    static String continueTo(HttpServletRequest request) {
        String path = request.getParameter(CONTINUE_PARAMETER);
        return isOwnPath(path) ? path : null;
    }

    static boolean isOwnPath(String path) {
        return path != null && path.length() <= 2000 && path.startsWith("/") && !path.startsWith("//")
                && !path.startsWith("/\\") && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
                && !path.startsWith(LOGIN_PAGE);
    }
}
