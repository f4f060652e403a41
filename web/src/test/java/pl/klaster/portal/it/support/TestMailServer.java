package pl.klaster.portal.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) inside the container under test, on the port the portal is configured to send
 * to ({@code KLASTER_MAIL_SMTP_PORT}). Tests read what arrived, and stop and start it to see mail being retried.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TestMailServer {

    private volatile GreenMail server;

    @PostConstruct
    public synchronized void start() {
        if (server == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("KLASTER_MAIL_SMTP_PORT", "3025"));
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails received for that address, waiting up to the timeout for at least {@code count} of them. */
    public List<MimeMessage> awaitMessagesTo(String address, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = messagesTo(address);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = messagesTo(address);
        }
        return found;
    }

    /** The first mail to that address whose text contains the given text, waiting for it up to the timeout. */
    public java.util.Optional<MimeMessage> awaitMessageTo(String address, String containing, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            java.util.Optional<MimeMessage> found = messagesTo(address).stream().filter(m -> text(m).contains(containing)).findFirst();
            if (found.isPresent() || System.nanoTime() > deadline) {
                return found;
            }
            Thread.sleep(200);
        }
    }

    public List<MimeMessage> messagesTo(String address) {
        GreenMail current = server;
        if (current == null) {
            return List.of();
        }
        return Arrays.stream(current.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    public static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
