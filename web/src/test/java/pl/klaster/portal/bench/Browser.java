package pl.klaster.portal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user: its own cookie jar (so its own session), and the requests a browser sends for the portal's
 * Faces pages: plain GETs, the sign-in form, PrimeFaces ajax posts. Every answer is checked: a status other than
 * 2xx (or the expected redirect), the sign-in page, an error page or a Faces ajax error counts as an error.
 */
final class Browser {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private String viewState;
    /** The page's Content-Security-Policy script nonce, which PrimeFaces expects back with every post of the view. */
    private String nonce;

    Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** An unexpected answer: counted as an error by the load runner. */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    /** Forgets the session (a new visitor on the same connection pool). */
    void forgetCookies() {
        cookies.getCookieStore().removeAll();
        viewState = null;
    }

    /** GETs a page that must render for a signed-in user; remembers its view state. Returns the body. */
    String page(String path) throws IOException, InterruptedException, Failure {
        HttpResponse<String> r = http.send(get(path), HttpResponse.BodyHandlers.ofString());
        String body = checkPage(path, r);
        remember(body, VIEW_STATE);
        return body;
    }

    /** GETs a download and reads it to the end; returns its length in bytes. */
    long download(String path) throws IOException, InterruptedException, Failure {
        HttpResponse<InputStream> r = http.send(get(path), HttpResponse.BodyHandlers.ofInputStream());
        long n = 0;
        try (InputStream in = r.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int k; (k = in.read(buffer)) >= 0; ) {
                n += k;
            }
        }
        if (r.statusCode() != 200) {
            throw new Failure(path + ": status " + r.statusCode());
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            throw new Failure(path + ": an HTML page instead of a file");
        }
        return n;
    }

    /**
     * Signs in through the Faces form: GET /login.xhtml (session cookie and view state), then the POST, which must
     * redirect to a role's home. Returns the nanoseconds of the POST alone.
     */
    long signIn(String username, String password) throws IOException, InterruptedException, Failure {
        HttpResponse<String> login = http.send(get("/login.xhtml"), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new Failure("/login.xhtml: status " + login.statusCode());
        }
        remember(login.body(), VIEW_STATE);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "login");
        form.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(post("/login.xhtml", form, false), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() / 100 != 3 || !location.contains("/home.xhtml") && !location.contains("/dashboard.xhtml")) {
            throw new Failure("sign-in of " + username + ": status " + r.statusCode() + ", location " + location);
        }
        return took;
    }

    /** POSTs JSON with the session, as the portal's own pages call the API (with X-Requested-With); returns the body. */
    String postJson(String path, String json) throws IOException, InterruptedException, Failure {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new Failure(path + ": status " + r.statusCode());
        }
        return r.body();
    }

    /**
     * A PrimeFaces ajax request, as core.js sends it: the form's fields, the source component, what to execute
     * and render, and the view state of the page last loaded. Returns the partial response.
     */
    String ajax(String path, String form, String source, String execute, String render, Map<String, String> fields)
            throws IOException, InterruptedException, Failure {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("jakarta.faces.partial.ajax", "true");
        body.put("jakarta.faces.source", source);
        body.put("jakarta.faces.partial.execute", execute);
        body.put("jakarta.faces.partial.render", render);
        body.put(form, form);
        body.putAll(fields);
        body.put("jakarta.faces.ViewState", viewState);
        if (nonce != null) {
            body.put("primefaces.nonce", nonce);
        }
        HttpResponse<String> r = http.send(post(path, body, true), HttpResponse.BodyHandlers.ofString());
        String text = r.body();
        if (r.statusCode() != 200 || !text.contains("<partial-response")) {
            throw new Failure(path + " ajax " + source + ": status " + r.statusCode());
        }
        if (text.contains("<error>") || text.contains("<redirect")) {
            throw new Failure(path + " ajax " + source + ": " + text.substring(0, Math.min(300, text.length())));
        }
        remember(text, PARTIAL_VIEW_STATE);
        return text;
    }

    private String checkPage(String path, HttpResponse<String> r) throws Failure {
        String body = r.body();
        if (r.statusCode() != 200) {
            Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(body);
            throw new Failure(path + ": status " + r.statusCode() + (title.find() ? " (" + title.group(1).trim() + ")" : ""));
        }
        if (body.contains("<form id=\"login\"") && !path.startsWith("/login")) {
            throw new Failure(path + ": the sign-in page (session lost)");
        }
        if (body.contains("id=\"errorId\"")) {
            throw new Failure(path + ": the error page");
        }
        return body;
    }

    private void remember(String body, Pattern pattern) {
        Matcher m = pattern.matcher(body);
        if (m.find()) {
            viewState = m.group(1).replace("&#58;", ":").replace("&amp;", "&");
        }
        Matcher n = NONCE.matcher(body);
        if (n.find()) {
            nonce = n.group(1);
        }
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Accept-Language", "pl,en;q=0.5").GET().build();
    }

    private HttpRequest post(String path, Map<String, String> form, boolean ajax) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept-Language", "pl,en;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return b.build();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
