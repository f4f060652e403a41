package pl.klaster.portal.service.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox through the SMTP server named by {@code klaster.mail.smtp.host} (port, user,
 * password, STARTTLS and the sender address configurable likewise). Without a configured server (the embedded
 * demo mode) mails are kept for the administrator's outbox page instead. Runs after each commit that queued a
 * mail (on the node of that commit) and, as the clustered job "outbox", every 20 seconds on one node of the cluster
 * ({@code ClusteredJobs}); a failure is retried later with a growing pause. Each mail is claimed before it is sent,
 * so two runs at once never send one mail twice.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;

    @Inject
    private MailStore store;

    private final AtomicBoolean running = new AtomicBoolean();

    @Asynchronous
    public void sendSoon() {
        sendDue();
    }

    /** Sends every due mail; returns at once if another run is under way on this instance. */
    public void sendDue() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Config config = ConfigProvider.getConfig();
            Optional<String> host = config.getOptionalValue("klaster.mail.smtp.host", String.class).filter(h -> !h.isBlank());
            Session session = host.map(h -> session(config, h)).orElse(null);
            for (Long id : store.due(BATCH)) {
                store.claim(id).ifPresent(mail -> deliver(session, config, mail));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; it is tried again in its next run", e);
        } finally {
            running.set(false);
        }
    }

    private void deliver(Session session, Config config, MailStore.Claimed mail) {
        if (session == null) {
            store.kept(mail.id());
            return;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(config.getOptionalValue("klaster.mail.from", String.class)
                    .orElse("portal@klaster.example")));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
            store.sent(mail.id());
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.INFO, "Mail " + mail.id() + " not sent now, will retry: " + e.getMessage());
            store.failed(mail.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Session session(Config config, String host) {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", config.getOptionalValue("klaster.mail.smtp.port", String.class).orElse("25"));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        boolean starttls = config.getOptionalValue("klaster.mail.smtp.starttls", Boolean.class).orElse(false);
        props.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        Optional<String> user = config.getOptionalValue("klaster.mail.smtp.user", String.class).filter(u -> !u.isBlank());
        if (user.isEmpty()) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        String password = config.getOptionalValue("klaster.mail.smtp.password", String.class).orElse("");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password);
            }
        });
    }
}
