package pl.klaster.portal.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A real SMTP server (GreenMail) for the browser tests, in the test JVM, on the port the portal under test sends
 * to (system property {@code test.smtp.port}, the same port failsafe gives the portal as KLASTER_MAIL_SMTP_PORT).
 * One for the whole run, started with the portal.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(int port) {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    static MailServer of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(MailServer.class,
                key -> new MailServer(Integer.getInteger("test.smtp.port", 3025)), MailServer.class);
    }

    /** The text of the newest mail to that address, waiting for it up to the timeout. */
    public Optional<String> awaitMailTo(String address, Duration timeout) {
        return awaitMailTo(address, "", timeout);
    }

    /** The text of the newest mail to that address containing {@code text}, waiting for it up to the timeout. */
    public Optional<String> awaitMailTo(String address, String text, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> found = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, address))
                    .map(MailServer::text).filter(t -> t.contains(text)).toList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(found.size() - 1));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
