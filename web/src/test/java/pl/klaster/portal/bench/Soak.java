package pl.klaster.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak test of {@code .ci/load} (docs/OPERATIONS.md, "Load"): N simulated people (members, staff, board, each
 * with their own generated account and session) use the portal for a fixed time with a think time between
 * clicks; every answer is checked as in the benchmark ({@link Browser}); errors are counted by kind (HTTP status,
 * session lost, error page, Faces ajax error, I/O), 403s apart (Payara bug payara/Payara#6145, which the portal
 * shows as its "not found" page); the server's heap after a full GC and its resident memory are sampled at the
 * start and at a fixed interval until the end. Every {@code --revisit}-th click a person signs in again with a fresh
 * session, as a new visit ({@code --revisit 0}: never, the same 50 sessions throughout).
 * <p>
 * Options: {@code --base http://localhost:8281 --db-url ... --db-user ... --db-password ... --pid N --users 50
 * --seconds 300 --think-ms 1000 --sample-seconds 60 --revisit 40 --out web/target/load/load.json}.
 */
public final class Soak {

    private static final Pattern STATUS = Pattern.compile("status (\\d{3})");
    private static final Pattern TITLE = Pattern.compile("status \\d{3} \\(([^)]*)\\)");

    private final Map<String, String> options;
    private final String base;
    private final long pid;
    private final int users;
    private final double seconds;
    private final long thinkMillis;
    private final int revisit;
    private final int year = LocalDate.now().getYear() - 1;
    private final HttpClient api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> errorExamples = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final List<Map<String, Object>> samples = Collections.synchronizedList(new ArrayList<>());

    private List<String> memberNames;
    private List<String> staffNames;
    private List<String> boardNames;
    private long projectId;
    private long activityId;

    private Soak(Map<String, String> options) {
        this.options = options;
        base = options.getOrDefault("base", "http://localhost:8281");
        pid = Long.parseLong(options.getOrDefault("pid", "-1"));
        users = Integer.parseInt(options.getOrDefault("users", "50"));
        seconds = Double.parseDouble(options.getOrDefault("seconds", "300"));
        thinkMillis = Long.parseLong(options.getOrDefault("think-ms", "1000"));
        revisit = Integer.parseInt(options.getOrDefault("revisit", "40"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int errors = new Soak(options).run();
        System.exit(errors == 0 ? 0 : 3);
    }

    /** One simulated person: role, account, browser, API token (staff), and a random source of clicks. */
    private final class Person {
        final String role;
        final String username;
        final Browser browser = new Browser(base);
        final Random random;
        String token;
        int clicks;

        Person(String role, String username, long seed) {
            this.role = role;
            this.username = username;
            this.random = new Random(seed);
        }

        void signIn() throws Exception {
            browser.forgetCookies();
            timed("sign-in", () -> browser.signIn(username, Benchmark.PASSWORD));
        }

        /** The next click: a page of the person's role, chosen at random (weights by repetition). */
        void click() throws Exception {
            clicks++;
            if (revisit > 0 && clicks % revisit == 0) {
                signIn();
                return;
            }
            switch (role) {
                case "MEMBER" -> {
                    String[] pages = {"/member/home.xhtml", "/member/home.xhtml", "/member/projects.xhtml", "/member/directory.xhtml",
                            "/member/activities.xhtml", "/member/company.xhtml"};
                    String page = pages[random.nextInt(pages.length)];
                    timed("GET " + page, () -> browser.page(page));
                }
                case "STAFF" -> {
                    int k = random.nextInt(8);
                    if (k == 0) {
                        timed("GET /staff/home.xhtml", () -> browser.page("/staff/home.xhtml"));
                    } else if (k == 1) {
                        timed("GET /staff/members.xhtml", () -> browser.page("/staff/members.xhtml"));
                    } else if (k == 2) {
                        timed("GET /staff/members.xhtml", () -> browser.page("/staff/members.xhtml"));
                        timed("ajax member search", () -> browser.ajax("/staff/members.xhtml", "filters", "filters:searchButton", "filters",
                                "results messages", filters(random.nextBoolean() ? "ACTIVE" : "", random.nextBoolean() ? "SMALL" : "")));
                    } else if (k == 3) {
                        timed("GET /staff/project.xhtml", () -> browser.page("/staff/project.xhtml?id=" + projectId));
                    } else if (k == 4) {
                        timed("GET /staff/calendar.xhtml", () -> browser.page("/staff/calendar.xhtml"));
                    } else if (k == 5) {
                        timed("GET /staff/activity.xhtml", () -> browser.page("/staff/activity.xhtml?id=" + activityId));
                    } else {
                        String q = new String[]{"sp", "tech", "bydgoszcz", "metal", ""}[random.nextInt(5)];
                        int pageNo = 1 + random.nextInt(20);
                        timed("API GET /api/v1/members", () -> apiGet("/api/v1/members?q=" + q + "&page=" + pageNo + "&size=20"));
                    }
                }
                default -> {
                    if (random.nextInt(3) == 0) {
                        timed("GET /reports/dashboard.xhtml", () -> browser.page("/reports/dashboard.xhtml?year=" + year));
                    } else {
                        String kind = new String[]{"ECCP", "ESCA", "KKK", "FEES", "FUNNEL"}[random.nextInt(5)];
                        timed("GET /reports/report.xhtml", () -> browser.page("/reports/report.xhtml?kind=" + kind + "&year=" + year));
                    }
                }
            }
        }

        void apiGet(String path) throws Exception {
            HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("\"total\"")) {
                throw new Browser.Failure(path + ": status " + r.statusCode() + " (" + r.body().substring(0, Math.min(120, r.body().length())) + ")");
            }
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private void timed(String name, Action action) throws Exception {
        long start = System.nanoTime();
        try {
            action.run();
            latencies.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - start);
        } catch (Exception e) {
            String kind = kind(e);
            errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
            errors.computeIfAbsent("  at " + name, k -> new AtomicLong()).incrementAndGet();
            errorExamples.putIfAbsent(kind, String.valueOf(e.getMessage()));
            throw e;
        } finally {
            requests.incrementAndGet();
        }
    }

    /** The kind of an error: its HTTP status (403 marked), a lost session, an error page, an ajax error, an I/O failure. */
    static String kind(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof Browser.Failure) {
            Matcher status = STATUS.matcher(message);
            if (status.find()) {
                String code = status.group(1);
                Matcher title = TITLE.matcher(message);
                String shown = title.find() ? " (page: " + title.group(1) + ")" : "";
                // every page asked for exists and the person may see it: a 403, which web.xml shows as the "not found"
                // page with status 404, is the container refusing a signed-in request (payara/Payara#6145)
                return code.equals("403") || code.equals("404") ? "HTTP " + code + " on a page that exists (payara/Payara#6145)" + shown
                        : "HTTP " + code + shown;
            }
            if (message.contains("session lost")) {
                return "session lost (sign-in page instead)";
            }
            if (message.contains("the error page")) {
                return "error page with status 200";
            }
            if (message.contains("<error>") || message.contains("<redirect")) {
                return "Faces ajax error/redirect";
            }
            return "wrong answer: " + message.replaceAll("[0-9]+", "N");
        }
        return "I/O: " + e.getClass().getSimpleName();
    }

    private Map<String, String> filters(String status, String size) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("filters:searchButton", "filters:searchButton");
        f.put("filters:text", "");
        f.put("filters:status_input", status);
        f.put("filters:type_input", "");
        f.put("filters:size_input", size);
        f.put("filters:voivodeship_input", "");
        f.put("filters:pkd", "");
        f.put("filters:capability_input", "");
        f.put("filters:feeStatus_input", "");
        f.put("filters:feeYear_input", String.valueOf(year + 1));
        f.put("filters:feeYear_hinput", String.valueOf(year + 1));
        return f;
    }

    private int run() throws Exception {
        long started = System.nanoTime();
        discover();
        List<Person> people = new ArrayList<>();
        int boards = Math.max(1, users / 10);
        int staff = Math.max(1, users / 5);
        int members = users - boards - staff;
        for (int i = 0; i < members; i++) {
            people.add(new Person("MEMBER", memberNames.get(i % memberNames.size()), i));
        }
        for (int i = 0; i < staff; i++) {
            people.add(new Person("STAFF", staffNames.get(i % staffNames.size()), 1000 + i));
        }
        for (int i = 0; i < boards; i++) {
            people.add(new Person("BOARD", boardNames.get(i % boardNames.size()), 2000 + i));
        }
        System.out.printf("== %d people: %d members, %d staff, %d board; %s s with a think time of about %d ms%n", people.size(), members,
                staff, boards, seconds, thinkMillis);

        // every person signs in first (2 at a time: the password hash is the costly part); staff make an API token
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (Person p : people) {
            done.add(pool.submit(() -> {
                p.signIn();
                if (p.role.equals("STAFF")) {
                    p.token = token(p);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        System.out.println("== everybody signed in after " + String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9) + " s");
        sample("start (everybody signed in)", 0);

        long from = System.nanoTime();
        long to = from + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (Person p : people) {
            Thread t = new Thread(() -> {
                // spread the first clicks over one think time
                sleep(p.random.nextInt((int) Math.max(1, thinkMillis)));
                while (System.nanoTime() < to) {
                    try {
                        p.click();
                    } catch (Exception e) {
                        // counted in timed(); the person goes on (a lost session is signed in again)
                        if (kind(e).startsWith("session lost")) {
                            try {
                                p.signIn();
                            } catch (Exception again) {
                                // counted
                            }
                        }
                    }
                    sleep(thinkMillis / 2 + p.random.nextInt((int) Math.max(1, thinkMillis)));
                }
            }, "person-" + p.username);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        long every = (long) (Double.parseDouble(options.getOrDefault("sample-seconds", "60")) * 1e9);
        for (long next = from + every; next < to - every / 4; next += every) {
            sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            sample("after " + Math.round((System.nanoTime() - from) / 1e9) + " s", (System.nanoTime() - from) / 1e9);
        }
        for (Thread t : threads) {
            t.join();
        }
        double measured = (System.nanoTime() - from) / 1e9;
        sample("end", measured);
        sleep(5000);
        sample("end + 5 s idle", measured + 5);
        return report(measured);
    }

    private String token(Person p) throws Exception {
        // the session's cookies live in the person's browser: make the token through a page-like call of its client
        String secret = p.browser.postJson("/api/v1/tokens", "{\"name\":\"soak-" + p.username + "\",\"password\":\"" + Benchmark.PASSWORD + "\"}");
        Matcher m = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(secret);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + p.username + ": " + secret);
        }
        return m.group(1);
    }

    private void sample(String when, double atSeconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("when", when);
        s.put("seconds", Math.round(atSeconds));
        s.put("requests", requests.get());
        s.put("errors", errors.entrySet().stream().filter(e -> !e.getKey().startsWith(" ")).mapToLong(e -> e.getValue().get()).sum());
        if (pid > 0) {
            s.put("heapAfterFullGcMiB", round(Machine.heapAfterFullGcMiB(pid)));
            s.put("residentMiB", round(Machine.residentMiB(pid)));
            s.put("threads", Machine.run("sh", "-c", "ls /proc/" + pid + "/task | wc -l"));
        }
        samples.add(s);
        System.out.println("== sample " + s);
    }

    private int report(double measured) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", java.time.OffsetDateTime.now().withNano(0).toString());
        out.put("commit", Machine.run("git", "describe", "--always", "--dirty"));
        out.put("users", users);
        out.put("seconds", round(measured));
        out.put("thinkMillis", thinkMillis);
        out.put("serverJvmOptions", System.getenv().getOrDefault("LOAD_SERVER_JVM_OPTIONS", ""));
        List<Long> all = new ArrayList<>();
        Map<String, Object> perRequest = new TreeMap<>();
        latencies.forEach((name, list) -> {
            List<Long> copy;
            synchronized (list) {
                copy = new ArrayList<>(list);
            }
            all.addAll(copy);
            perRequest.put(name, stats(copy));
        });
        long errorTotal = errors.entrySet().stream().filter(e -> !e.getKey().startsWith(" ")).mapToLong(e -> e.getValue().get()).sum();
        out.put("requests", requests.get());
        out.put("requestsPerSecond", round(requests.get() / measured));
        out.put("errors", errorTotal);
        Map<String, Object> byKind = new TreeMap<>();
        errors.forEach((k, v) -> byKind.put(k.trim(), v.get()));
        out.put("errorsByKind", byKind);
        out.put("errorExamples", new TreeMap<>(errorExamples));
        out.put("all", stats(all));
        out.put("perRequest", perRequest);
        out.put("samples", samples);
        String json = Json.write(out);
        Path file = Path.of(options.getOrDefault("out", "web/target/load/load.json"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json);
        System.out.println(json);
        System.out.printf(Locale.ROOT, "== load: %d requests in %.0f s (%.1f/s), %d errors, p50 %.0f ms, p95 %.0f ms; written to %s%n",
                requests.get(), measured, requests.get() / measured, errorTotal, percentile(all, 50), percentile(all, 95), file);
        return (int) Math.min(Integer.MAX_VALUE, errorTotal);
    }

    private static Map<String, Object> stats(List<Long> nanos) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("count", nanos.size());
        s.put("p50ms", round(percentile(nanos, 50)));
        s.put("p95ms", round(percentile(nanos, 95)));
        s.put("p99ms", round(percentile(nanos, 99)));
        s.put("maxMs", round(percentile(nanos, 100)));
        return s;
    }

    private static double percentile(List<Long> nanos, double p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void discover() throws SQLException {
        String url = options.getOrDefault("db-url", "jdbc:postgresql://localhost:5432/klaster_load");
        try (Connection c = DriverManager.getConnection(url, options.getOrDefault("db-user", "klaster"),
                options.getOrDefault("db-password", "klaster-ci-password"))) {
            String signable = "SELECT a.username FROM user_account a LEFT JOIN member m ON m.id = a.member_id WHERE a.active"
                    + " AND a.password_hash IS NOT NULL AND a.username LIKE ? AND (a.member_id IS NULL OR m.status = 'ACTIVE')"
                    + " ORDER BY a.username LIMIT " + users;
            memberNames = strings(c, signable, "member-%");
            staffNames = strings(c, signable, "staff-%");
            boardNames = strings(c, signable, "board-%");
            if (memberNames.isEmpty() || staffNames.isEmpty() || boardNames.isEmpty()) {
                throw new IllegalStateException("no generated accounts: was the data generated?");
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT project_id FROM participation GROUP BY project_id ORDER BY COUNT(*) DESC, 1 LIMIT 1")) {
                rs.next();
                projectId = rs.getLong(1);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT activity_id FROM registration GROUP BY activity_id ORDER BY COUNT(*) DESC, 1 LIMIT 1")) {
                rs.next();
                activityId = rs.getLong(1);
            }
        }
        System.out.printf("== accounts: %d member, %d staff, %d board; project %d, activity %d, year %d%n", memberNames.size(),
                staffNames.size(), boardNames.size(), projectId, activityId, year);
    }

    private static List<String> strings(Connection c, String sql, String param) throws SQLException {
        List<String> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
        }
        return list;
    }

    /** Just enough JSON writing for the result (maps, lists, numbers, strings). */
    static final class Json {
        private Json() {
        }

        static String write(Object o) {
            StringBuilder b = new StringBuilder();
            write(b, o, "");
            return b.append('\n').toString();
        }

        private static void write(StringBuilder b, Object o, String indent) {
            if (o instanceof Map<?, ?> map) {
                b.append("{");
                String inner = indent + "  ";
                boolean first = true;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    b.append(first ? "\n" : ",\n").append(inner).append(quote(String.valueOf(e.getKey()))).append(": ");
                    write(b, e.getValue(), inner);
                    first = false;
                }
                b.append(first ? "}" : "\n" + indent + "}");
            } else if (o instanceof List<?> list) {
                b.append("[");
                String inner = indent + "  ";
                boolean first = true;
                for (Object v : list) {
                    b.append(first ? "\n" : ",\n").append(inner);
                    write(b, v, inner);
                    first = false;
                }
                b.append(first ? "]" : "\n" + indent + "]");
            } else if (o instanceof Double d) {
                b.append(d.isNaN() || d.isInfinite() ? "null" : String.valueOf(d));
            } else if (o instanceof Number || o instanceof Boolean) {
                b.append(o);
            } else {
                b.append(o == null ? "null" : quote(String.valueOf(o)));
            }
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "") + "\"";
        }
    }
}
