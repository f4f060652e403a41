package pl.klaster.portal.ear;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR on a full Payara Server 6, driven by the server's own asadmin: a fresh domain with its ports moved by
 * {@code --portbase}, the server's H2 driver on the domain's class path (an H2 file database in target/ with the
 * demo accounts), deploy, open the sign-in page, sign in as staff, land on the staff home; the server is stopped
 * afterwards whatever happened. Timings go to target/ear-deployment.txt.
 */
class EarDeploymentIT {

    private static final int PORT_BASE = 28000;
    private static final int ADMIN_PORT = PORT_BASE + 48;
    private static final int HTTP_PORT = PORT_BASE + 80;
    private static final String DOMAIN = "klaster-it";

    private static Path serverHome;
    private static Path domainDir;
    private static final List<String> timings = new ArrayList<>();

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        serverHome = Path.of(System.getProperty("payara.server.home"));
        domainDir = Path.of("target", "ear-domains").toAbsolutePath();
        Path ear = Path.of(System.getProperty("portal.ear")).toAbsolutePath();
        assertThat(ear).exists();

        deleteRecursively(domainDir);
        deleteRecursively(Path.of("target", "ear-db"));
        timed("create-domain", () -> asadmin("--user", "admin", "create-domain", "--nopassword=true",
                "--portbase", String.valueOf(PORT_BASE), "--domaindir", domainDir.toString(), DOMAIN));
        Path domainLib = Files.createDirectories(domainDir.resolve(DOMAIN).resolve("lib"));
        Files.copy(serverHome.resolve("h2db/bin/h2.jar"), domainLib.resolve("h2.jar"), StandardCopyOption.REPLACE_EXISTING);

        timed("start-domain", () -> asadmin("start-domain", "--domaindir", domainDir.toString(), DOMAIN));
        timed("deploy", () -> asadmin("--port", String.valueOf(ADMIN_PORT), "deploy", "--name", "klaster-portal", ear.toString()));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (domainDir != null) {
            timed("stop-domain", () -> asadmin("stop-domain", "--domaindir", domainDir.toString(), DOMAIN));
        }
        Files.write(Path.of("target", "ear-deployment.txt"), timings);
    }

    @Test
    void theSignInPageOpensAndStaffSignsIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://localhost:" + HTTP_PORT;

        HttpResponse<String> login = http.send(get(base + "/"), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(login.body()).contains("Nazwa użytkownika").contains("Hasło");

        Map<String, String> form = Map.of(
                "login", "login",
                "login:username", "staff",
                "login:password", "demo-password",
                "login:submit", "",
                "primefaces.nonce", nonce(login.body()),
                "jakarta.faces.ViewState", viewState(login.body()));
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "pl")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/staff/home.xhtml");
        assertThat(home.body()).contains("<h1>Biuro klastra</h1>").contains("Sebastian Biurowy");
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "pl").timeout(Duration.ofSeconds(60)).build();
    }

    private static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("view state in the sign-in page").isTrue();
        return m.group(1);
    }

    /** The page's script nonce, which PrimeFaces puts into every form and the portal expects back with a post. */
    private static String nonce(String page) {
        Matcher m = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        assertThat(m.find()).as("script nonce in the sign-in page").isTrue();
        return m.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void asadmin(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(serverHome.resolve("bin/asadmin").toString());
        command.add("--interactive=false");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/asadmin.log")));
        builder.environment().put("DB_URL", "jdbc:h2:file:" + Path.of("target", "ear-db").toAbsolutePath()
                + "/klaster;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        builder.environment().put("KLASTER_DEMO_DATA", "true");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("asadmin did not finish: " + command);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("asadmin failed (" + process.exitValue() + "), see target/asadmin.log: " + command);
        }
    }

    private static void timed(String step, ThrowingRunnable work) throws Exception {
        long started = System.nanoTime();
        work.run();
        timings.add(String.format("%s: %.1f s", step, (System.nanoTime() - started) / 1e9));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
