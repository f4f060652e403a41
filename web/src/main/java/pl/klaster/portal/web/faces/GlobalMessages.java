package pl.klaster.portal.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.List;

/**
 * The page's messages that belong to no field ("Saved.", "Nothing was imported."), for the layout's message area.
 * <p>
 * Rendered by the layout itself rather than by {@code p:messages}: PrimeFaces puts each message in a list item
 * with {@code role="alert"}, which takes the item out of its list (axe: "list" and "listitem" violations, serious).
 * Here each message is a block of its own: errors and warnings with {@code role="alert"} (announced at once),
 * the rest with {@code role="status"}. The CSS classes stay PrimeFaces' ({@code ui-messages-error}...), so the
 * theme styles them as before.
 */
@Named
@RequestScoped
public class GlobalMessages {

    /** The messages without a field, in the order they were added. */
    public List<FacesMessage> getList() {
        List<FacesMessage> messages = FacesContext.getCurrentInstance().getMessageList(null);
        messages.forEach(m -> m.rendered());
        return messages;
    }

    /** PrimeFaces' name of the severity, for the CSS classes: info, warn, error or fatal. */
    public String severity(FacesMessage message) {
        FacesMessage.Severity severity = message.getSeverity();
        if (FacesMessage.SEVERITY_FATAL.equals(severity)) {
            return "fatal";
        }
        if (FacesMessage.SEVERITY_ERROR.equals(severity)) {
            return "error";
        }
        return FacesMessage.SEVERITY_WARN.equals(severity) ? "warn" : "info";
    }

    /** Errors and warnings interrupt (alert); confirmations wait their turn (status). */
    public String role(FacesMessage message) {
        return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal() ? "alert" : "status";
    }
}
