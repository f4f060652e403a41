package pl.klaster.portal.web.view;

import java.util.Map;

/** The field ids of the contact-person dialog ({@code WEB-INF/includes/contact-dialog.xhtml}). */
public final class ContactForm {

    public static final Map<String, String> FIELDS = Map.of(
            "firstName", "contactForm:firstName",
            "lastName", "contactForm:lastName",
            "jobTitle", "contactForm:jobTitle",
            "email", "contactForm:email",
            "phone", "contactForm:phone");

    private ContactForm() {
    }
}
