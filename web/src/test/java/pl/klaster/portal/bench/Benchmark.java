package pl.klaster.portal.bench;

import pl.klaster.portal.bench.Scenario.Role;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load benchmark of the portal (docs/PERFORMANCE.md): signs in as each role, measures every scenario at 1, 8
 * and 32 concurrent users, each beside its floors (the same SQL over JDBC at the same concurrency, and a trivial
 * page of the same server), then the exports of the largest report with the heap they take, the server's resident
 * memory and its heap after a full GC. Writes the figures to a JSON file and to the table in docs/PERFORMANCE.md.
 * <p>
 * Run by {@code .ci/benchmark}, which builds, prepares the database, starts the portal and passes its process id
 * and start-up time. Options: {@code --base http://localhost:8181 --db-url ... --db-user ... --db-password ...
 * --pid N --startup-seconds S --generate-seconds S --warmup 2 --seconds 8 --floor-seconds 4 --users 1,8,32
 * --only <part of a scenario name> --out docs/benchmark/results.json --doc docs/PERFORMANCE.md}.
 */
public final class Benchmark {

    static final String PASSWORD = "demo-password";
    static final int POOL = 32;

    private final Map<String, String> options;
    private final String base;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final long pid;
    private final double warmUp;
    private final double seconds;
    private final double floorSeconds;
    private final int[] levels;
    private final LocalDate today = LocalDate.now();
    private final int year = today.getYear() - 1;

    private final Map<Role, List<String>> usernames = new EnumMap<>(Role.class);
    private final Map<Role, List<Browser>> sessions = new EnumMap<>(Role.class);
    private long projectId;
    private long projectParticipations;
    private String nip;
    private long memberTotal;
    private int deepFirst;
    private long filteredTotal;
    private String exportKind;
    private int exportYear;
    private long exportRows;

    final List<Results.PageRow> pageRows = new ArrayList<>();
    final List<Results.ExportRow> exportResults = new ArrayList<>();
    final Map<Integer, Load.Result> trivial = new LinkedHashMap<>();
    final Map<String, Object> facts = new LinkedHashMap<>();

    private Benchmark(Map<String, String> options) {
        this.options = options;
        base = options.getOrDefault("base", "http://localhost:8181");
        dbUrl = options.getOrDefault("db-url", "jdbc:postgresql://localhost:5432/klaster_bench");
        dbUser = options.getOrDefault("db-user", "klaster");
        dbPassword = options.getOrDefault("db-password", "klaster-ci-password");
        pid = Long.parseLong(options.getOrDefault("pid", "-1"));
        warmUp = Double.parseDouble(options.getOrDefault("warmup", "2"));
        seconds = Double.parseDouble(options.getOrDefault("seconds", "8"));
        floorSeconds = Double.parseDouble(options.getOrDefault("floor-seconds", "4"));
        String[] parts = options.getOrDefault("users", "1,8,32").split(",");
        levels = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            levels[i] = Integer.parseInt(parts[i].trim());
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Benchmark(options).run();
        System.exit(0); // the HTTP clients' and JDBC drivers' threads need not be waited for
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        facts.put("date", java.time.OffsetDateTime.now().withNano(0).toString());
        facts.put("commit", Machine.run("git", "describe", "--always", "--dirty"));
        facts.put("cores", Runtime.getRuntime().availableProcessors());
        facts.put("cpu", Machine.cpuModel());
        facts.put("memory", Machine.memoryTotal());
        facts.put("os", Machine.os());
        facts.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        facts.put("serverJvmOptions", System.getenv().getOrDefault("BENCHMARK_SERVER_JVM_OPTIONS", ""));
        facts.put("loadBefore", Machine.loadAverage());
        facts.put("startupSeconds", number(options.get("startup-seconds")));
        facts.put("generateSeconds", number(options.get("generate-seconds")));
        facts.put("warmupSeconds", warmUp);
        facts.put("measuredSeconds", seconds);
        facts.put("floorSeconds", floorSeconds);
        discover();
        signInPools();

        for (Scenario s : scenarios()) {
            if (!wanted(s.name())) {
                continue;
            }
            for (int users : levels) {
                measure(s, users);
            }
        }
        if (wanted("Export")) {
            exports();
        }
        if (pid > 0) {
            facts.put("residentMiB", Machine.residentMiB(pid));
            facts.put("heapAfterFullGcMiB", Machine.heapAfterFullGcMiB(pid));
        }
        facts.put("loadAfter", Machine.loadAverage());
        facts.put("benchmarkMinutes", (System.nanoTime() - started) / 6e10);
        Results results = new Results(this);
        results.writeJson(Path.of(options.getOrDefault("out", "docs/benchmark/results.json")));
        results.writeMarkdown(Path.of(options.getOrDefault("doc", "docs/PERFORMANCE.md")));
        System.out.println("== benchmark done in " + String.format("%.1f", (System.nanoTime() - started) / 6e10) + " min");
    }

    private boolean wanted(String name) {
        String only = options.get("only");
        return only == null || List.of(only.split(",")).stream().anyMatch(o -> name.toLowerCase().contains(o.toLowerCase()));
    }

    private static Object number(String s) {
        return s == null || s.isBlank() ? null : Double.parseDouble(s);
    }

    // ---- the data the scenarios need, found in the database ----

    private void discover() throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
            facts.put("postgresql", scalar(c, "SELECT version()"));
            String signable = " FROM user_account a LEFT JOIN member m ON m.id = a.member_id WHERE a.active AND a.password_hash IS NOT NULL"
                    + " AND a.username LIKE ? AND (a.member_id IS NULL OR m.status = 'ACTIVE') ORDER BY a.username LIMIT " + POOL;
            usernames.put(Role.MEMBER, strings(c, "SELECT a.username" + signable, "member-%"));
            usernames.put(Role.STAFF, strings(c, "SELECT a.username" + signable, "staff-%"));
            usernames.put(Role.BOARD, strings(c, "SELECT a.username" + signable, "board-%"));
            for (Map.Entry<Role, List<String>> e : usernames.entrySet()) {
                if (e.getValue().isEmpty()) {
                    throw new IllegalStateException("no generated " + e.getKey() + " account that can sign in: was the data generated?");
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT project_id, COUNT(*) FROM participation GROUP BY project_id ORDER BY 2 DESC, 1 LIMIT 1")) {
                rs.next();
                projectId = rs.getLong(1);
                projectParticipations = rs.getLong(2);
            }
            memberTotal = Long.parseLong(scalar(c, "SELECT COUNT(*) FROM member"));
            deepFirst = (int) (memberTotal * 9 / 10 / 25 * 25);
            String digits = scalar(c, "SELECT nip FROM member WHERE nip IS NOT NULL ORDER BY id OFFSET " + memberTotal / 2 + " LIMIT 1");
            nip = digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 8) + "-" + digits.substring(8);
            filteredTotal = Long.parseLong(scalar(c, "SELECT COUNT(*) FROM member m WHERE m.status = 'ACTIVE' AND m.size_class = 'SMALL'"));
            // the largest report: the participation matrix or the fee list, in the year where it has most rows
            exportRows = -1;
            for (int y = today.getYear() - 10; y <= today.getYear(); y++) {
                for (String kind : List.of("PARTICIPATION", "FEES")) {
                    Floor.Sql count = kind.equals("FEES") ? Queries.feesCount(y, today) : Queries.participationCount(y);
                    long n = count(c, count);
                    if (n > exportRows) {
                        exportRows = n;
                        exportKind = kind;
                        exportYear = y;
                    }
                }
            }
        }
        facts.put("year", year);
        facts.put("members", memberTotal);
        facts.put("accounts", usernames.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().name(), e -> e.getValue().size(), (a, b) -> a, LinkedHashMap::new)));
        facts.put("projectId", projectId);
        facts.put("projectParticipations", projectParticipations);
        facts.put("nip", nip);
        facts.put("deepFirst", deepFirst);
        facts.put("filteredTotal", filteredTotal);
        facts.put("exportReport", exportKind);
        facts.put("exportYear", exportYear);
        facts.put("exportRows", exportRows);
        System.out.println("== data: " + facts);
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection c, Floor.Sql sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.params().length; i++) {
                ps.setObject(i + 1, sql.params()[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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

    /**
     * Signs in {@value #POOL} sessions per role (accounts reused round-robin when there are fewer). The first
     * sign-in of a generated account also renews its password hash to the configured iterations, as in real use,
     * so the measured sign-ins later pay the production hashing cost.
     */
    private void signInPools() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Role role : Role.values()) {
                List<String> names = usernames.get(role);
                List<Browser> browsers = new ArrayList<>();
                List<Future<Long>> done = new ArrayList<>();
                for (int i = 0; i < POOL; i++) {
                    Browser b = new Browser(base);
                    browsers.add(b);
                    String name = names.get(i % names.size());
                    done.add(pool.submit(() -> b.signIn(name, PASSWORD)));
                }
                for (Future<Long> f : done) {
                    f.get();
                }
                sessions.put(role, browsers);
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("== signed in " + POOL + " sessions per role");
    }

    // ---- the scenarios ----

    private List<Scenario> scenarios() {
        List<Scenario> list = new ArrayList<>();
        list.add(new Scenario("Trivial page (floor)", "GET /accessibility.xhtml", Role.STAFF, Double.NaN, null,
                (b, i) -> Load.wall(() -> b.page("/accessibility.xhtml"))));
        List<String> members = usernames.get(Role.MEMBER);
        list.add(new Scenario("Sign-in", "POST /login.xhtml (member account, fresh session)", Role.MEMBER, 250,
                Floor.of("the account by user name", Queries.account(members.get(0))),
                (b, i) -> {
                    Browser fresh = new Browser(base);
                    String name = members.get(i % members.size());
                    return () -> {
                        fresh.forgetCookies();
                        return fresh.signIn(name, PASSWORD);
                    };
                }));
        list.add(new Scenario("Member's home page", "GET /member/home.xhtml", Role.MEMBER, 100,
                Floor.of("the account check every signed-in request makes", Queries.account(members.get(0))),
                (b, i) -> Load.wall(() -> b.page("/member/home.xhtml"))));
        List<Floor.Sql> firstPage = new ArrayList<>();
        firstPage.add(new Floor.Sql("SELECT c.id, c.name, c.category FROM capability c ORDER BY c.category, c.name"));
        firstPage.addAll(Queries.memberPage("", List.of(), 0));
        list.add(new Scenario("Member list, first page", "GET /staff/members.xhtml", Role.STAFF, 100,
                new Floor("capabilities (filter list) + MemberService.search: count + first 25 by name", firstPage),
                (b, i) -> Load.wall(() -> b.page("/staff/members.xhtml"))));
        Map<String, String> filtered = filters("", "ACTIVE", "SMALL");
        list.add(new Scenario("Member list, filtered", "ajax search: status ACTIVE, size SMALL", Role.STAFF, 100,
                new Floor("count + first 25 WHERE status, size_class", Queries.memberPage(" WHERE m.status = ? AND m.size_class = ?",
                        List.of("ACTIVE", "SMALL"), 0)),
                (b, i) -> {
                    b.page("/staff/members.xhtml");
                    return Load.wall(() -> b.ajax("/staff/members.xhtml", "filters", "filters:searchButton", "filters", "results messages",
                            filtered));
                }));
        Map<String, String> paging = new LinkedHashMap<>();
        paging.put("results:members_pagination", "true");
        paging.put("results:members_first", String.valueOf(deepFirst));
        paging.put("results:members_rows", "25");
        paging.put("results:members_skipChildren", "true");
        paging.put("results:members_encodeFeature", "true");
        list.add(new Scenario("Member list, page deep in the list", "ajax page at row " + deepFirst, Role.STAFF, 100,
                new Floor("count + 25 by name at OFFSET " + deepFirst, Queries.memberPage("", List.of(), deepFirst)),
                (b, i) -> {
                    b.page("/staff/members.xhtml");
                    return Load.wall(() -> b.ajax("/staff/members.xhtml", "results", "results:members", "results:members", "results:members",
                            paging));
                }));
        Map<String, String> byNip = filters(nip, "", "");
        String digits = nip.replace("-", "");
        list.add(new Scenario("Member list, NIP search", "ajax search: text " + nip, Role.STAFF, 100,
                new Floor("count + first 25 WHERE nip LIKE digits%", Queries.memberPage(" WHERE m.nip LIKE ?", List.of(digits + "%"), 0)),
                (b, i) -> {
                    b.page("/staff/members.xhtml");
                    return Load.wall(() -> {
                        String r = b.ajax("/staff/members.xhtml", "filters", "filters:searchButton", "filters", "results messages", byNip);
                        if (!r.contains(digits) && !r.contains(nip)) {
                            throw new Browser.Failure("NIP search did not find " + nip);
                        }
                    });
                }));
        list.add(new Scenario("Project page with participants", "GET /staff/project.xhtml?id=" + projectId + " (" + projectParticipations
                + " participations)", Role.STAFF, 100,
                new Floor("project, participants, documents, history, matching members", Queries.project(projectId)),
                (b, i) -> Load.wall(() -> b.page("/staff/project.xhtml?id=" + projectId))));
        List<Floor.Sql> calendarPage = new ArrayList<>(Queries.markets());
        list.add(new Scenario("Outreach calendar page", "GET /staff/calendar.xhtml", Role.STAFF, 100,
                new Floor("target markets (the page's bean)", calendarPage),
                (b, i) -> Load.wall(() -> b.page("/staff/calendar.xhtml"))));
        LocalDate first = today.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = first.plusDays(42);
        Map<String, String> events = new LinkedHashMap<>();
        events.put("calendarForm:calendar_event", "true");
        events.put("calendarForm:calendar_start", first + "T00:00:00.000Z");
        events.put("calendarForm:calendar_end", last + "T00:00:00.000Z");
        events.put("calendarForm:calendar_view", "dayGridMonth");
        list.add(new Scenario("Outreach calendar, the month's events", "ajax events " + first + " to " + last, Role.STAFF, 100,
                new Floor("activities of the range + registration counts", Queries.calendar(first, last)),
                (b, i) -> {
                    b.page("/staff/calendar.xhtml");
                    return Load.wall(() -> {
                        String r = b.ajax("/staff/calendar.xhtml", "calendarForm", "calendarForm:calendar", "calendarForm:calendar",
                                "calendarForm:calendar", events);
                        if (!r.contains("\"events\"")) {
                            throw new Browser.Failure("calendar answered without events");
                        }
                    });
                }));
        list.add(new Scenario("Management dashboard", "GET /reports/dashboard.xhtml?year=" + year, Role.BOARD, 300,
                new Floor("every Figures query for the year and the year before, trend, funnel", Queries.dashboard(year, today)),
                (b, i) -> Load.wall(() -> b.page("/reports/dashboard.xhtml?year=" + year))));
        Map<String, Floor> reports = new LinkedHashMap<>();
        reports.put("ECCP", new Floor("ECCP category counts, two years", Queries.eccp(year, today)));
        reports.put("ESCA", new Floor("ESCA indicator queries, two years", Queries.esca(year, today)));
        reports.put("KKK", new Floor("KKK indicator queries, two years", Queries.kkk(year, today)));
        reports.put("FEES", new Floor("fee groups, every detail row, count", Queries.feesReport(year, today)));
        reports.put("PARTICIPATION", new Floor("sums per member, every detail row, total, count", Queries.participationReport(year)));
        reports.put("FUNNEL", new Floor("funnel per market + totals", Queries.funnelReport(year)));
        reports.forEach((kind, floor) -> list.add(new Scenario("Report " + kind, "GET /reports/report.xhtml?kind=" + kind + "&year=" + year,
                Role.BOARD, 300, floor, (b, i) -> Load.wall(() -> b.page("/reports/report.xhtml?kind=" + kind + "&year=" + year)))));
        return list;
    }

    private Map<String, String> filters(String text, String status, String size) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("filters:searchButton", "filters:searchButton");
        f.put("filters:text", text);
        f.put("filters:status_input", status);
        f.put("filters:type_input", "");
        f.put("filters:size_input", size);
        f.put("filters:voivodeship_input", "");
        f.put("filters:pkd", "");
        f.put("filters:capability_input", "");
        f.put("filters:feeStatus_input", "");
        f.put("filters:feeYear_input", String.valueOf(today.getYear()));
        f.put("filters:feeYear_hinput", String.valueOf(today.getYear()));
        return f;
    }

    private void measure(Scenario s, int users) throws Exception {
        List<Browser> pool = sessions.get(s.role());
        List<Load.Request> requests = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            requests.add(s.factory().user(pool.get(i % pool.size()), i));
        }
        Load.Result page = Load.run(requests, warmUp, seconds, 1);
        Load.Result floor = null;
        if (s.floor() != null) {
            floor = floor(s.floor(), users, 0);
        } else {
            trivial.put(users, page);
        }
        pageRows.add(new Results.PageRow(s, users, page, floor));
        System.out.printf("%-40s %2d users: p50 %7.1f p95 %7.1f p99 %7.1f ms, %6.1f req/s, %d errors%s; JDBC p95 %s%n", s.name(), users,
                page.percentile(50), page.percentile(95), page.percentile(99), page.throughput(), page.errors(),
                page.firstError() == null ? "" : " (" + page.firstError() + ")",
                floor == null ? "-" : String.format("%.2f ms", floor.percentile(95)));
    }

    private Load.Result floor(Floor floor, int users, int minEach) throws Exception {
        List<Connection> opened = new ArrayList<>();
        try {
            List<Load.Request> requests = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                requests.add(floor.user(dbUrl, dbUser, dbPassword, opened));
            }
            return Load.run(requests, minEach > 0 ? 0 : 1, minEach > 0 ? 0 : floorSeconds, minEach);
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    // ---- the exports of the largest report ----

    private void exports() throws Exception {
        List<Browser> pool = sessions.get(Role.BOARD);
        Floor floor = new Floor("the report's queries, every row read", exportKind.equals("FEES")
                ? Queries.feesReport(exportYear, today) : Queries.participationReport(exportYear));
        for (String format : List.of("xlsx", "pdf", "csv")) {
            String path = "/reports/export/" + exportKind + "." + format + "?year=" + exportYear;
            long bytes = pool.get(0).download(path);
            System.out.println("== warm-up " + path + ": " + bytes + " bytes");
            for (int users : levels) {
                List<Load.Request> requests = new ArrayList<>();
                for (int i = 0; i < users; i++) {
                    Browser b = pool.get(i % pool.size());
                    requests.add(Load.wall(() -> b.download(path)));
                }
                double[] heap = null;
                double before = Double.NaN;
                Load.Result result;
                if (users == 1 && pid > 0) {
                    before = Machine.heapAfterFullGcMiB(pid);
                    try (Machine.HeapSampler sampler = new Machine.HeapSampler(pid)) {
                        Thread.sleep(300);
                        result = Load.run(requests, 0, 0, 3);
                        Thread.sleep(300);
                        sampler.close();
                        heap = sampler.summary();
                    }
                } else {
                    result = Load.run(requests, 0, 0, 1);
                }
                Load.Result jdbc = floor(floor, users, 1);
                exportResults.add(new Results.ExportRow(format, path, users, exportRows, bytes, result, jdbc, floor.description(), before, heap));
                System.out.printf("export %-4s %2d users: p50 %.2f s, max %.2f s, %d errors%s; JDBC p95 %.2f s; heap %s%n", format, users,
                        result.percentile(50) / 1000, result.percentile(100) / 1000, result.errors(),
                        result.firstError() == null ? "" : " (" + result.firstError() + ")", jdbc.percentile(95) / 1000,
                        heap == null ? "-" : String.format("after GC %.1f MiB, peak old+survivors %.1f, peak all %.1f", before, heap[1], heap[0]));
            }
        }
    }
}
