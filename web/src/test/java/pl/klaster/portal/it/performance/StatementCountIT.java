package pl.klaster.portal.it.performance;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.service.platform.DatabaseMigration;
import pl.klaster.portal.service.platform.generator.DataGenerator;
import pl.klaster.portal.web.view.Navigation;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page runs a query per row it shows (N+1): on a generated cluster of 300 members, every paged table of every
 * page in the roles' menus is asked, as a user's click on the paginator asks, for a page of 10 rows and for a page
 * of 100 rows, and both requests must run the same number of SQL statements (counted by EclipseLink, per request,
 * with the portal's test-only diagnostics). The tables are found on the pages themselves, so a new list page is
 * checked once it is in a menu. Only on this class's own H2 database: the generated data would disturb the other
 * tests that share PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisabledIfEnvironmentVariable(named = "DB_URL", matches = ".*postgresql.*", disabledReason = "generated data only on this class's own H2 database")
class StatementCountIT {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** A PrimeFaces data table with a paginator, as its widget is created in the page. */
    private static final Pattern PAGED_TABLE = Pattern.compile("PrimeFaces\\.cw\\(\"DataTable\",\"[^\"]+\",\\{id:\"([^\"]+)\"[^;]*?paginator:");
    private static final Pattern ROW = Pattern.compile("<tr[^>]*data-ri=\"");

    private static final Map<String, Role> USERS = new LinkedHashMap<>();

    static {
        USERS.put("staff", Role.STAFF);
        USERS.put("admin", Role.ADMIN);
        USERS.put("board", Role.MANAGEMENT);
        USERS.put("member", Role.MEMBER);
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(StatementCountIT.class)
                .addAsResource(new StringAsset("config_ordinal=200\nklaster.diagnostics.statements=true\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aGeneratedClusterFillsTheLists() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DataGenerator.generate(connection, DataGenerator.Scale.small(300), 7L);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void everyPagedTableRunsAsManyStatementsForAHundredRowsAsForTen() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> tables = new LinkedHashSet<>();
        for (Map.Entry<String, Role> user : USERS.entrySet()) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            signIn(client, user.getKey());
            for (Navigation.Entry entry : Navigation.ENTRIES) {
                if (!entry.getRoles().contains(user.getValue())) {
                    continue;
                }
                String html = get(client, entry.getPage());
                Matcher table = PAGED_TABLE.matcher(html);
                while (table.find()) {
                    String id = table.group(1);
                    int[] ten = page(client, entry.getPage(), id, 10);
                    int[] hundred = page(client, entry.getPage(), id, 100);
                    tables.add(user.getKey() + " " + entry.getPage() + " " + id + ": " + ten[0] + " rows, " + ten[1]
                            + " statements; " + hundred[0] + " rows, " + hundred[1] + " statements");
                    if (ten[1] != hundred[1]) {
                        problems.add(entry.getPage() + " " + id + " as " + user.getKey() + ": " + ten[1] + " statements for "
                                + ten[0] + " rows, " + hundred[1] + " for " + hundred[0] + " rows");
                    }
                    if (hundred[0] > 10) {
                        assertThat(ten[0]).as(entry.getPage() + " " + id + " shows a page of 10").isEqualTo(10);
                    }
                }
            }
        }
        System.out.println("StatementCountIT:\n  " + String.join("\n  ", tables));
        assertThat(tables).as("paged tables found").hasSizeGreaterThan(8);
        assertThat(tables.stream().filter(t -> t.contains(" 100 rows")).count())
                .as("tables that had a full page of 100 rows to show").isGreaterThanOrEqualTo(5);
        assertThat(problems).as("pages whose statements grow with their rows").isEmpty();
    }

    /** Asks the table for its first page of {@code rows} rows, as the paginator does: the rows shown and the statements run. */
    private int[] page(HttpClient client, String path, String table, int rows) throws Exception {
        String html = get(client, path);
        Matcher state = VIEW_STATE.matcher(html);
        assertThat(state.find()).as(path + " has a view state").isTrue();
        String form = table.substring(0, table.indexOf(':'));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", table);
        fields.put("jakarta.faces.partial.execute", table);
        fields.put("jakarta.faces.partial.render", table);
        fields.put("jakarta.faces.behavior.event", "page");
        fields.put("jakarta.faces.partial.event", "page");
        fields.put(table + "_pagination", "true");
        fields.put(table + "_first", "0");
        fields.put(table + "_rows", String.valueOf(rows));
        fields.put(table + "_skipChildren", "true");
        fields.put(table + "_encodeFeature", "true");
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", unescape(state.group(1)));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1)); // PrimeFaces' CSP: the page's script nonce comes back with each post
        }
        String id = UUID.randomUUID().toString();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .header("X-Klaster-Count-Id", id)
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + table).isEqualTo(200);
        assertThat(response.body()).as(path + " " + table + " answers with the table").contains("<partial-response").doesNotContain("<error>")
                // OmniFaces answers a failed ajax request with the whole error page in place of the view
                .doesNotContain("<update id=\"jakarta.faces.ViewRoot\">");
        int shown = (int) ROW.matcher(response.body()).results().count();
        if (shown == 0) {
            System.out.println("StatementCountIT: no rows from " + path + " " + table + ": "
                    + response.body().substring(0, Math.min(1500, response.body().length())));
        }
        int statements = Integer.parseInt(get(client, "/diagnostics/statements?id=" + id).trim());
        return new int[]{shown, statements};
    }

    private void signIn(HttpClient client, String user) throws Exception {
        String html = get(client, "/login.xhtml");
        Matcher state = VIEW_STATE.matcher(html);
        assertThat(state.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", user);
        fields.put("login:password", "demo-password");
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", unescape(state.group(1)));
        Matcher nonce = NONCE.matcher(html);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1)); // PrimeFaces' CSP: the page's script nonce comes back with each post
        }
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.uri().getPath()).as(user + " is signed in").doesNotEndWith("/login.xhtml");
    }

    private String get(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private String url(String path) {
        String root = base.toString();
        return (root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
    }
}
