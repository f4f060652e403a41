package pl.klaster.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The portal's address ({@code /}) leads to the signed-in person's home, or to the sign-in page.
 */
@Named
@RequestScoped
public class RootBacking {

    @Inject
    private CurrentUser currentUser;

    public String goHome() {
        return currentUser.getHome() + "?faces-redirect=true";
    }
}
