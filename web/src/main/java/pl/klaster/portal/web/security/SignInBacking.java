package pl.klaster.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.klaster.portal.service.account.SignInGuard;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The sign-in form ({@code /login.xhtml}). A wrong user name and a wrong password give the same message.
 */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SignInGuard guard;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private DeviceCookie devices;

    private String username;
    private String password;
    private boolean signedOut;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id known before sign-in is never the signed-in one
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                devices.remember(request, response, username);
                currentUser.refresh();
                String next = SecurityConfiguration.continueTo(request);
                external.redirect(external.getRequestContextPath() + (next != null ? next : currentUser.getHome()));
            }
            default -> FacesTexts.error(null, guard.isLocked(username, clientAddress.of(request), devices.isKnown(request, username))
                    ? "login.locked" : "login.failed");
        }
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
