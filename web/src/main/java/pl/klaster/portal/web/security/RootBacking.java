package pl.klaster.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The portal's address ({@code /}) leads to the signed-in person's home, or to the sign-in page. An anonymous visit
 * does not touch the session-scoped {@link CurrentUser}, which would start a session.
 */
@Named
@RequestScoped
public class RootBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private FacesContext faces;

    public String goHome() {
        if (faces.getExternalContext().getUserPrincipal() == null) {
            return "/login.xhtml?faces-redirect=true";
        }
        return currentUser.getHome() + "?faces-redirect=true";
    }
}
