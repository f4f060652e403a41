package pl.klaster.portal.it.security;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.it.support.TestData;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser (or an attacker's script) sees of the portal's HTTP: security headers on pages, the API and
 * files; a new session id at sign-in, HttpOnly and SameSite cookies, sign-out ending the session; the lock after
 * five failed sign-ins with a message that does not reveal whether the account exists; forms that cannot be
 * posted without the page's view state; error answers without stack traces or the server's version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalWith(SecurityIT.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form, String cookie) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "pl").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The view state as the page writes it into an attribute (":" escaped). */
    private static String unescape(String attribute) {
        return attribute.replace("&#58;", ":").replace("&amp;", "&");
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static String session(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(cookie);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** A browser without a browser: its own cookie jar, the page it last loaded (view state and script nonce). */
    private final class Visitor {
        final java.net.CookieManager cookies = new java.net.CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        String viewState;
        String nonce;

        HttpResponse<String> open(String path) throws Exception {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "pl").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            remember(page);
            return page;
        }

        HttpResponse<String> post(String path, Map<String, String> fields, String... headers) throws Exception {
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.putIfAbsent("jakarta.faces.ViewState", viewState);
            form.putIfAbsent("primefaces.nonce", nonce);
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", "pl").POST(HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(answer);
            return answer;
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            return post("/login.xhtml", Map.of("login", "login", "login:username", username, "login:password", password, "login:submit", "login"));
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue)
                    .findFirst().orElse(null);
        }

        private void remember(HttpResponse<String> page) {
            Matcher state = VIEW_STATE.matcher(page.body());
            Matcher script = NONCE.matcher(page.body());
            if (state.find() && script.find()) {
                viewState = unescape(state.group(1));
                nonce = script.group(1);
            }
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/login.xhtml");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'")
                .containsPattern("script-src 'self' 'nonce-[^']+'").doesNotContain("unsafe-inline' 'nonce", "unsafe-eval");
        assertThat(csp.substring(csp.indexOf("script-src"))).doesNotContain("unsafe-inline");
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        assertThat(page.body()).as("no inline event handlers in the page").doesNotContainPattern("\\son(click|change|load|submit)=\"");
        for (HttpResponse<String> answer : List.of(page, get("/api/v1/directory"), get("/resources/css/portal.css"), get("/no-such-page.xhtml"))) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(answer.uri().toString()).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(answer.uri().toString()).hasValue("same-origin");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(answer.uri().toString()).hasValue("DENY");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
            assertThat(String.join(" ", answer.headers().allValues("X-Powered-By")) + " " + String.join(" ", answer.headers().allValues("Server")))
                    .as("no server version in " + answer.uri()).doesNotContainPattern("\\d+\\.\\d+");
        }
        assertThat(get("/api/v1/directory").headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        assertThat(get("/login.xhtml", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("max-age=31536000"));
    }

    /**
     * Issue 24, finding 3 (the cap): an account keeps at most 10 signed-in sessions on a node; the eleventh sign-in
     * ends the oldest, whose next page asks for the sign-in again, and every newer one goes on. The right password is
     * never refused.
     */
    @Test
    void finding3_anAccountKeepsAtMostTenSessionsOnANode() throws Exception {
        List<Visitor> browsers = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            Visitor browser = new Visitor();
            browser.open("/login.xhtml");
            assertThat(browser.signIn("staff", "demo-password").headers().firstValue("Location").orElse("")).as("sign-in " + (i + 1))
                    .contains("/staff/");
            browsers.add(browser);
        }
        HttpResponse<String> oldest = browsers.get(0).open("/staff/home.xhtml");
        assertThat(oldest.statusCode()).isBetween(300, 399);
        assertThat(oldest.headers().firstValue("Location").orElseThrow()).contains("/login.xhtml");
        for (Visitor newer : browsers.subList(1, 11)) {
            assertThat(newer.open("/staff/home.xhtml").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void finding3_anonymousPagesStartNoSession() throws Exception {
        for (String path : List.of("/login.xhtml", "/login.xhtml?signedOut=true", "/forgot-password.xhtml", "/", "/accessibility.xhtml",
                "/reset-password.xhtml?token=forged", "/activate.xhtml?token=forged", "/no-such-page.xhtml", "/staff/home.xhtml",
                "/member/project.xhtml?id=1")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            assertThat(answer.headers().allValues("Set-Cookie")).as("no session for an anonymous " + path)
                    .noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        // a failed sign-in and a garbage postback start none either
        Visitor guesser = new Visitor();
        guesser.open("/login.xhtml");
        assertThat(guesser.signIn(TestData.unique("nikt"), "x").statusCode()).isEqualTo(200);
        assertThat(guesser.sessionId()).isNull();
        // the page first asked for travels in the sign-in page's address, and sign-in continues to it
        HttpResponse<String> protectedPage = get("/staff/members.xhtml?status=ACTIVE");
        assertThat(protectedPage.headers().firstValue("Location").orElseThrow())
                .endsWith("/login.xhtml?continue=%2Fstaff%2Fmembers.xhtml%3Fstatus%3DACTIVE");
        Visitor staff = new Visitor();
        staff.open("/login.xhtml?continue=%2Fstaff%2Fmembers.xhtml%3Fstatus%3DACTIVE");
        HttpResponse<String> continued = staff.post("/login.xhtml", Map.of("login", "login", "login:username", "staff",
                "login:password", "demo-password", "login:submit", "login", "continue", "/staff/members.xhtml?status=ACTIVE"));
        assertThat(continued.headers().firstValue("Location").orElseThrow()).endsWith("/staff/members.xhtml?status=ACTIVE");
        Visitor misled = new Visitor();
        misled.open("/login.xhtml");
        HttpResponse<String> elsewhere = misled.post("/login.xhtml", Map.of("login", "login", "login:username", "staff",
                "login:password", "demo-password", "login:submit", "login", "continue", "//evil.example.org/"));
        assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).as("never to another site").endsWith("/staff/home.xhtml");
    }

    @Test
    void signingInStartsASessionCookiesAreHttpOnlyAndLaxAndSigningOutEndsIt() throws Exception {
        Visitor member = new Visitor();
        member.open("/login.xhtml");
        assertThat(member.sessionId()).isNull();
        HttpResponse<String> signedIn = member.signIn("member", "demo-password");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String cookieHeader = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookieHeader).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String renewed = member.sessionId();
        assertThat(renewed).as("a session starts at sign-in").isNotNull();
        assertThat(member.open("/member/home.xhtml").statusCode()).isEqualTo(200);
        // no session exists before sign-in, so none can be planted (fixation); SignInBacking still renews an id it finds

        member.post("/member/home.xhtml", Map.of("signOutForm", "signOutForm", "signOutForm:signOut", "x"));
        assertThat(get("/member/home.xhtml", "Cookie", "JSESSIONID=" + renewed).statusCode()).as("signed out").isEqualTo(302);
    }

    @Test
    void fiveFailedSignInsLockTheNameWithAMessageThatRevealsNothing() throws Exception {
        String ghost = TestData.unique("duch").toLowerCase();
        Visitor guesser = new Visitor();
        guesser.open("/login.xhtml");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> refused = guesser.signIn(ghost, "zgaduję " + i);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
            assertThat(refused.body()).contains("Nieprawidłowa nazwa użytkownika lub hasło.");
        }
        // the fifth failure locks the name, and its answer already says so; so does every try while locked
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> locked = guesser.signIn(ghost, "zgaduję dalej");
            assertThat(locked.body()).contains("Zbyt wiele nieudanych prób logowania").doesNotContain("Nieprawidłowa nazwa", "nie istnieje");
        }
    }

    @Test
    void aFormCannotBePostedWithoutItsPagesViewState() throws Exception {
        // the signed-in pages keep their state in the session: a form is posted only with its page's view state
        Map<String, String> token = Map.of("tokenForm", "tokenForm", "tokenForm:tokenName", "forged",
                "tokenForm:tokenPassword", "demo-password", "tokenForm:createToken", "x");
        Visitor forger = new Visitor();
        forger.open("/login.xhtml");
        forger.signIn("member", "demo-password");
        forger.open("/account/profile.xhtml");
        String realState = forger.viewState;
        forger.viewState = "-123456789:987654321";
        HttpResponse<String> forged = forger.post("/account/profile.xhtml", token);
        assertThat(forged.statusCode()).as("a post with a made-up view state does nothing").isEqualTo(400);
        assertThat(forged.body()).contains("Strona wygasła");
        Visitor other = new Visitor();
        other.open("/login.xhtml");
        other.signIn("member2", "demo-password");
        other.open("/account/profile.xhtml");
        other.viewState = realState;
        HttpResponse<String> crossSite = other.post("/account/profile.xhtml", token);
        assertThat(crossSite.statusCode()).as("another session's view state is not accepted").isEqualTo(400);
    }

    @Test
    void finding9_garbagePostbacksAnswer4xxWithTheSecurityHeaders() throws Exception {
        garbagePostbacks(false);
    }

    @Test
    void finding9_garbageAjaxPostbacksAnswer4xxWithTheSecurityHeaders() throws Exception {
        garbagePostbacks(true);
    }

    private void garbagePostbacks(boolean ajax) throws Exception {
        Visitor staff = new Visitor();
        staff.open("/login.xhtml");
        staff.signIn("staff", "demo-password");
        for (String path : List.of("/login.xhtml", "/staff/home.xhtml", "/account/profile.xhtml")) {
            {
                for (Visitor who : List.of(new Visitor(), staff)) {
                    Map<String, String> garbage = new LinkedHashMap<>(Map.of("jakarta.faces.ViewState", "stateless", "login", "login"));
                    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(garbage.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("&"))));
                    if (ajax) {
                        request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
                        request.uri(uri(path + "?jakarta.faces.partial.ajax=true&jakarta.faces.source=login&jakarta.faces.partial.execute=%40all"));
                    }
                    HttpResponse<String> answer = who.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                    String what = (who == staff ? "signed in, " : "anonymous, ") + (ajax ? "ajax " : "") + path;
                    assertThat(answer.statusCode()).as(what).isLessThan(500);
                    if (answer.statusCode() / 100 != 3) {
                        // an anonymous post to a protected page is redirected to the sign-in page by the security
                        // mechanism, before the filters: a redirect has no body for the headers to protect
                        assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
                    } else {
                        assertThat(answer.headers().firstValue("Location").orElseThrow()).as(what).contains("/login.xhtml");
                    }
                }
            }
        }
    }

    @Test
    void finding9_anAjaxPostWithoutItsPagesNonceRunsNothing() throws Exception {
        Visitor visitor = new Visitor();
        visitor.open("/login.xhtml");
        Map<String, String> signIn = new LinkedHashMap<>(Map.of("login", "login", "login:username", "member", "login:password", "demo-password",
                "login:submit", "login:submit", "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "login:submit",
                "jakarta.faces.partial.execute", "login", "jakarta.faces.partial.render", "login"));
        signIn.put("primefaces.nonce", "");
        HttpResponse<String> answer = visitor.post("/login.xhtml", signIn, "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<redirect url=\"/").contains("login.xhtml").doesNotContain("member/home");
        // the sign-in did not run: the session is not a member's
        assertThat(visitor.open("/member/home.xhtml").statusCode()).isBetween(300, 399);
        // the same post with the page's nonce signs in (the test above sends what a browser sends, less the nonce)
        signIn.remove("primefaces.nonce");
        visitor.open("/login.xhtml");
        visitor.post("/login.xhtml", signIn, "Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");
        assertThat(visitor.open("/member/home.xhtml").statusCode()).isEqualTo(200);
    }

    /**
     * Issue 24, finding 12 (the part no browser reaches): a form post over the Faces servlet's request limit
     * answers 413 before it is read, not 500. (A too-large file under that limit gets its field's message:
     * {@code ProjectsBrowserIT.finding12_…}.) The body is announced, and sent only if the server asks for it.
     */
    @Test
    void finding12_aPostOverTheRequestLimitAnswers413() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(uri("/login.xhtml")).expectContinue(true)
                // HTTP/1.1 as a browser's form post; the client's default h2c upgrade offer would be answered 101 first
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[70_000_000])).build();
        HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void finding11_aPageAddressWithAnIdThatCannotBeOneAnswersNotFound() throws Exception {
        Visitor staff = new Visitor();
        staff.open("/login.xhtml");
        staff.signIn("staff", "demo-password");
        for (String page : List.of("/staff/member.xhtml?id=", "/staff/project.xhtml?id=", "/staff/activity.xhtml?id=",
                "/staff/member-edit.xhtml?id=", "/staff/project-edit.xhtml?id=", "/staff/activity-edit.xhtml?id=", "/staff/partner.xhtml?id=",
                "/reports/project.xhtml?id=", "/reports/dashboard.xhtml?year=", "/reports/report.xhtml?kind=fees&year=")) {
            for (String bad : List.of("abc", "1e3", "99999999999999999999", "%27", "-", "1.5")) {
                HttpResponse<String> answer = staff.open(page + bad);
                assertThat(answer.statusCode()).as(page + bad).isBetween(400, 499);
            }
        }
        Visitor member = new Visitor();
        member.open("/login.xhtml");
        member.signIn("member", "demo-password");
        for (String page : List.of("/member/activity.xhtml?id=", "/member/project.xhtml?id=", "/member/directory-entry.xhtml?id=")) {
            assertThat(member.open(page + "abc").statusCode()).as(page + "abc").isBetween(400, 499);
        }
    }

    @Test
    void finding15_noWadlAndNoServerBanner() throws Exception {
        assertThat(get("/api/v1/application.wadl").statusCode()).isBetween(400, 499);
        for (String path : List.of("/login.xhtml", "/api/v1/members", "/no-such-page.xhtml")) {
            assertThat(get(path).headers().firstValue("Server")).as(path).isEmpty();
            assertThat(get(path).headers().firstValue("X-Powered-By")).as(path).isEmpty();
        }
    }

    /** Values no field expects: empty, huge, right-to-left and other scripts, markup, SQL, numbers out of range, bad dates. */
    private static final List<String> HOSTILE = List.of("", "x".repeat(10_000), "\u202Eevil\u202C ąęłżź 漢字 🎉", "<script>alert(1)</script>",
            "' OR '1'='1; DROP TABLE member;--", "-1", "99999999999999999999", "2026-02-30", "\u0000", "%00");

    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]*)\"");

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Every form a role fills in gets the battery in all its text fields at once, posted with its submit button as a
     * browser posts it: the answer is the page with field messages (or a 400 for a NUL), never the error page or a
     * 5xx; and nothing posted this way is found saved afterwards.
     */
    @Test
    void everyFormAnswersHostileInputWithMessagesNeverAnErrorPage() throws Exception {
        String marker = "FORM" + System.nanoTime();
        Object[][] forms = {
                {"staff", "/staff/member-edit.xhtml", "form", "form:save"},
                {"staff", "/staff/project-edit.xhtml", "form", "form:save"},
                {"staff", "/staff/activity-edit.xhtml", "form", "form:save"},
                {"staff", "/staff/members.xhtml", "filters", "filters:searchButton"},
                {"staff", "/staff/fees.xhtml", "rates", "rates:saveRates"},
                {"staff", "/staff/partner.xhtml", "form", "form:save"},
                {"member", "/member/directory.xhtml", "filters", "filters:searchButton"},
                {"member", "/account/profile.xhtml", "tokenForm", "tokenForm:createToken"},
                {null, "/forgot-password.xhtml", "forgot", "forgot:send"},
        };
        List<String> failures = new java.util.ArrayList<>();
        for (Object[] form : forms) {
            Visitor visitor = new Visitor();
            if (form[0] != null) {
                visitor.open("/login.xhtml");
                assertThat(visitor.signIn((String) form[0], "demo-password").statusCode()).isEqualTo(302);
            }
            for (String value : HOSTILE) {
                HttpResponse<String> page = visitor.open((String) form[1]);
                String html = page.body();
                int start = html.indexOf("<form id=\"" + form[2] + "\"");
                assertThat(start).as(form[1] + " has the form " + form[2]).isNotNegative();
                String body = html.substring(start, html.indexOf("</form>", start));
                Map<String, String> fields = new LinkedHashMap<>();
                Matcher input = INPUT.matcher(body);
                while (input.find()) {
                    String tag = input.group(1);
                    String name = attribute(tag, "name");
                    String type = String.valueOf(attribute(tag, "type"));
                    if (name == null || type.equals("checkbox") || type.equals("radio") || type.equals("file") || type.equals("submit")) {
                        continue;
                    }
                    boolean text = type.equals("text") || type.equals("email") || type.equals("tel") || type.equals("url")
                            || type.equals("number") || type.equals("password") || type.equals("null");
                    fields.put(name, text ? (value.isEmpty() ? "" : marker + " " + value) : unescape(String.valueOf(attribute(tag, "value"))));
                }
                assertThat(fields.values()).as(form[1] + " " + form[2] + " has text fields to fill").anyMatch(v -> v.startsWith(marker) || v.isEmpty());
                Matcher textarea = TEXTAREA.matcher(body);
                while (textarea.find()) {
                    fields.put(textarea.group(1), marker + " " + value);
                }
                Matcher select = SELECT.matcher(body);
                while (select.find()) {
                    Matcher option = OPTION.matcher(select.group(2));
                    fields.put(select.group(1), option.find() ? option.group(1) : "");
                }
                fields.put((String) form[2], (String) form[2]);
                fields.put((String) form[3], (String) form[3]);
                fields.remove("jakarta.faces.ViewState");
                HttpResponse<String> answer = visitor.post((String) form[1], fields);
                String what = form[0] + " " + form[1] + " with " + (value.length() > 20 ? value.substring(0, 20) + "…" : value);
                if (value.equals("\u0000")) {
                    assertThat(answer.statusCode()).as(what + ": NUL is refused as a bad request").isEqualTo(400);
                } else if (answer.statusCode() >= 500 || answer.body().contains("Coś poszło nie tak") || answer.body().contains("Strona wygasła")) {
                    failures.add(what + " -> " + answer.statusCode());
                }
            }
        }
        assertThat(failures).as("forms that answered hostile input with an error").isEmpty();
        Visitor staff = new Visitor();
        staff.open("/login.xhtml");
        staff.signIn("staff", "demo-password");
        for (String list : List.of("members", "projects", "activities")) {
            // the API answers the portal's own session too; a list filtered by the marker must be empty
            HttpResponse<String> found = staff.open("/api/v1/" + list + "?q=" + marker);
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).as("nothing of the battery was saved as " + list).contains("\"total\":0");
        }
    }

    @Test
    void errorAnswersShowNeitherStackTracesNorTheServerVersion() throws Exception {
        for (String path : List.of("/no-such-page.xhtml", "/WEB-INF/web.xml", "/logo/abc", "/document/abc", "/reports/report.xhtml?kind=%3Cscript%3E",
                "/login.xhtml?x=%C0%AF", "/api/v1/members/%00", "/jakarta.faces.resource/..%2f..%2fWEB-INF%2fweb.xml.xhtml")) {
            HttpResponse<String> answer = get(path, "Accept-Language", "pl");
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            assertThat(answer.body()).as(path).doesNotContain("Exception:", "\tat ", ".java:", "Caused by", "Payara", "badassfish",
                    "GlassFish", "Mojarra", "<script>alert", "<security-constraint>");
        }
        // a form posted without a valid view state and nonce gets the friendly "expired" page, not an error
        HttpResponse<String> expired = post("/member/company.xhtml", Map.of("profileForm", "profileForm", "jakarta.faces.ViewState", "stale"), null);
        assertThat(expired.statusCode()).isLessThan(500);
    }
}
