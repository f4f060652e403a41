package pl.klaster.portal.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.account.SignedInAccount;

import java.io.Serial;
import java.io.Serializable;

/**
 * The signed-in person for the pages (name in the header, role for the navigation). Loaded once per session
 * from the service; empty before sign-in.
 */
@Named
@SessionScoped
public class CurrentUser implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private SignedInAccount account;

    /** The signed-in account, or null when nobody is signed in. */
    public SignedInAccount getAccount() {
        if (account == null && FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null) {
            account = accounts.currentAccount();
        }
        return account;
    }

    public boolean isSignedIn() {
        return getAccount() != null;
    }

    public boolean hasRole(String role) {
        return isSignedIn() && account.role() == Role.valueOf(role);
    }

    /** The first page of the signed-in person's area. */
    public String getHome() {
        return isSignedIn() ? Homes.of(account.role()) : "/login.xhtml";
    }

    /** Forgets the cached account, so the next page reads it afresh (after sign-in or a profile change). */
    public void refresh() {
        account = null;
    }
}
