package pl.klaster.portal.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;


/**
 * Turns bundle keys into text in the page's language and adds them as Faces messages. Backing beans never
 * write user-visible text themselves.
 */
public final class FacesTexts {

    public static final String BUNDLE = "pl.klaster.portal.web.messages";

    private FacesTexts() {
    }

    public static String text(String key, Object... arguments) {
        return Bundles.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()).text(key, arguments);
    }

    /** An enum value as the pages show it ({@code enum.<Type>.<NAME>}). */
    public static String enumLabel(Enum<?> value) {
        return Bundles.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()).label(value);
    }

    /** The language of the current page ({@code pl} or {@code en}). */
    public static String language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    /** An error message for one field (its client id) or, with a null client id, for the whole form. */
    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** Whether a message with that key's text was added in this request (e.g. to show what to do next). */
    public static boolean hasMessage(String key) {
        String text = text(key);
        return FacesContext.getCurrentInstance().getMessageList().stream().anyMatch(m -> text.equals(m.getSummary()));
    }

    /** Keeps this request's messages for the page a redirect leads to (post-redirect-get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
