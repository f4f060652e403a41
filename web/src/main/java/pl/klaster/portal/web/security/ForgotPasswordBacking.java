package pl.klaster.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.account.AccountService;

/**
 * {@code /forgot-password.xhtml}: asks for an e-mail address and always answers the same, whether or not an
 * account has it, so the page cannot be used to find out who has an account.
 */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private AccountService accounts;

    private String email;
    private boolean sent;

    public void send() {
        accounts.requestPasswordReset(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
