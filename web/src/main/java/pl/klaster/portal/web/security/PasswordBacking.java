package pl.klaster.portal.web.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.domain.account.TokenPurpose;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * {@code /activate.xhtml?token=} and {@code /reset-password.xhtml?token=}: the single-use links from the
 * invitation and password-reset e-mails. The person sets a password (twice, at least 12 characters, not a
 * common one) and is signed in: a member lands on its company's page, anyone else on their home.
 * <p>
 * Request-scoped, and the page is stateless for an anonymous visitor: following a link (a good one or a forged one)
 * starts no session (issue 24, finding 3). The token travels in the address and then in the form (a hidden field
 * named {@code token}, read by the same view parameter); the service checks it again when the password is saved.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private AccountService accounts;
    @Inject
    private ServiceCalls calls;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private SecurityContext securityContext;

    private String token;
    private TokenPurpose purpose;
    private String username;
    private String password;
    private String repeat;

    public void activation() {
        check(TokenPurpose.ACTIVATION);
    }

    public void reset() {
        check(TokenPurpose.PASSWORD_RESET);
    }

    private void check(TokenPurpose purpose) {
        this.purpose = purpose;
    }

    /** Which link this is: from the page (the form is decoded before the view action runs on a postback). */
    private TokenPurpose purpose() {
        if (purpose == null) {
            purpose = FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/activate")
                    ? TokenPurpose.ACTIVATION : TokenPurpose.PASSWORD_RESET;
        }
        return purpose;
    }

    /** The link's token: the view parameter once set, else the request's (the address, or the form's hidden field). */
    private String token() {
        return token != null ? token
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
    }

    public void save() throws IOException {
        if (!Objects.equals(password, repeat)) {
            FacesTexts.error("passwordForm:repeat", "password.mismatch");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String signedIn = calls.get(() -> accounts.setPassword(token(), purpose(), password == null ? null : password.toCharArray()),
                Map.of("password", "passwordForm:password"));
        if (signedIn == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext().authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(signedIn, new Password(password))).newAuthentication(true));
        password = null;
        repeat = null;
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            currentUser.refresh();
            FacesTexts.info(purpose() == TokenPurpose.ACTIVATION ? "password.activated" : "password.changed");
            FacesTexts.keepForRedirect();
            String target = currentUser.getAccount().role() == Role.MEMBER ? "/member/company.xhtml" : currentUser.getHome();
            external.redirect(external.getRequestContextPath() + target);
        } else {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }

    private SecurityContext securityContext() {
        if (securityContext == null) {
            securityContext = jakarta.enterprise.inject.spi.CDI.current().select(SecurityContext.class).get();
        }
        return securityContext;
    }

    public boolean isUsable() {
        return getUsername() != null;
    }

    public String getToken() {
        return token();
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getUsername() {
        if (username == null && token() != null) {
            username = accounts.tokenOwner(token(), purpose()).orElse(null);
        }
        return username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
