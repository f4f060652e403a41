package pl.klaster.portal.service.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.domain.mail.OutboxMail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Writes a mail into the outbox, in the caller's transaction: if the change that causes the mail rolls back,
 * no mail goes out; if it commits, the mail will go out even when the mail server is down now.
 * A mail has the Polish text first and the English below, so every recipient can read it.
 */
@ApplicationScoped
public class Mailer {

    public static final String BUNDLE = "pl.klaster.portal.service.mail.mail";
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    @ConfigProperty(name = "klaster.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /**
     * @param template  the bundle key prefix: {@code <template>.subject} and {@code <template>.body}
     * @param arguments MessageFormat arguments of both texts
     */
    public void send(String recipient, String template, Object... arguments) {
        String subject = text(POLISH, template + ".subject", arguments) + " / " + text(Locale.ENGLISH, template + ".subject", arguments);
        String body = text(POLISH, template + ".body", arguments)
                + "\n\n-- English --\n\n" + text(Locale.ENGLISH, template + ".body", arguments)
                + "\n\n" + text(POLISH, "footer", baseUrl) + "\n" + text(Locale.ENGLISH, "footer", baseUrl);
        OutboxMail mail = new OutboxMail(recipient, subject, body);
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.getId()));
    }

    /** An absolute link into the portal (the configured public address, never one taken from a request). */
    public String link(String pathAndQuery) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + pathAndQuery;
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }
}
