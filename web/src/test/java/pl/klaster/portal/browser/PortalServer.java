package pl.klaster.portal.browser;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the portal once for all tests of a test run, exactly as the README's start command does
 * ({@code java -jar payara-micro.jar --deploy klaster-portal.war}), on a free port, and stops it when the run
 * ends. The database is whatever the DB_* environment variables say (set by failsafe: H2 in memory, or
 * PostgreSQL in CI); mail goes to the test SMTP server ({@link MailServer}); links in mails point at this
 * server. The server's log goes to {@code target/portal-server.log}.
 */
public class PortalServer implements BeforeAllCallback {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** The address of the running portal, ending without a slash. */
    public static String baseUrl(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).get(Running.class, Running.class).baseUrl;
    }

    static final class Running implements AutoCloseable {
        private final Process process;
        private final String baseUrl;

        private Running(Process process, String baseUrl) {
            this.process = process;
            this.baseUrl = baseUrl;
        }

        static Running start() {
            int port = freePort();
            List<String> command = new ArrayList<>();
            command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
            command.addAll(Arrays.asList(System.getProperty("micro.jvm.options", "").trim().split("\\s+")));
            command.addAll(List.of("-jar", required("payara.microJar"), "--deploy", required("portal.war"),
                    "--contextroot", "/", "--port", String.valueOf(port)));
            // the data grid on loopback only and the preboot settings, as the README's start (pom.xml, micro.node.options)
            command.addAll(Arrays.asList(System.getProperty("micro.node.options", "--nocluster").trim().split("\\s+")));
            command.removeIf(String::isEmpty);
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(new File("target/portal-server.log"));
                builder.environment().put("KLASTER_BASE_URL", "http://localhost:" + port);
                Process process = builder.start();
                Running running = new Running(process, "http://localhost:" + port);
                running.awaitReady();
                return running;
            } catch (IOException e) {
                throw new IllegalStateException("Could not start Payara Micro: " + command, e);
            }
        }

        private void awaitReady() {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro stopped while starting; see target/portal-server.log");
                }
                try {
                    HttpResponse<Void> response = http.send(
                            HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                sleep();
            }
            close();
            throw new IllegalStateException("Payara Micro was not ready within " + START_TIMEOUT + "; see target/portal-server.log");
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static void sleep() {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String required(String property) {
            String value = System.getProperty(property);
            if (value == null || !new File(value).isFile()) {
                throw new IllegalStateException("System property " + property + " must name a file (set by failsafe): " + value);
            }
            return value;
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
