package pl.klaster.portal.it.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client for the API tests (runs in the test JVM, not in the server): signs in through the portal's
 * sign-in page like a browser, makes API tokens as a person would, and sends JSON requests with or without one.
 */
final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    /** The page's script nonce, which PrimeFaces puts into every form and the portal expects back with a post. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** An answer: status, headers, body as text and (when it is JSON) as a tree. */
    record Answer(int status, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        String body() {
            return raw.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final URI base;
    private final HttpClient http;
    private String signedInWith;

    ApiClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Signs in through the Faces sign-in form, as a browser does; the session cookie stays in this client. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        signedInWith = password;
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("login.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(login.body());
        Matcher nonce = NONCE.matcher(login.body());
        if (!state.find() || !nonce.find()) {
            throw new AssertionError("no view state or script nonce on the sign-in page: " + login.statusCode());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "login");
        form.put("jakarta.faces.ViewState", state.group(1));
        form.put("primefaces.nonce", nonce.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            throw new AssertionError(username + " did not sign in: " + r.statusCode());
        }
    }

    /** A new API token of the signed-in person, made as the portal's own page would (session + header). */
    String newToken(String name) throws IOException, InterruptedException {
        // the password again (issue 24, finding 6): the one this client signed in with
        Answer made = send("POST", "api/v1/tokens", null, "{\"name\":\"" + name + "\",\"password\":\"" + signedInWith + "\"}",
                "X-Requested-With", "test");
        if (made.status() != 201) {
            throw new AssertionError("token not made: " + made);
        }
        return made.json().path("secret").asText();
    }

    Answer get(String path, String token, String... headers) throws IOException, InterruptedException {
        return send("GET", path, token, null, headers);
    }

    Answer send(String method, String path, String token, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null && !java.util.Arrays.asList(headers).contains("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return wrap(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer wrap(HttpResponse<String> response) {
        return new Answer(response.statusCode(), response);
    }
}
