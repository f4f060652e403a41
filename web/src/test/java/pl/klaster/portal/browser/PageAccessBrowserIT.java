package pl.klaster.portal.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Answer.HOME;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Answer.LOGIN;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Answer.NF;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Answer.OK;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.ACTIVITY;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.APPLICANT;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.COMPANY;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.CONTACT;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.DOCUMENT;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.NONE;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.OPEN_PROJECT;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.PARTNER;
import static pl.klaster.portal.browser.PageAccessBrowserIT.Subject.PROJECT;

/**
 * The authorisation matrix of the pages (OWASP ASVS L2, access control): every page of the application and every
 * file a servlet serves, asked for anonymously and by each role, with a member user asking for an object of its own
 * company and for another company's, and the answer each must get. The matrix is the one table {@link #MATRIX}:
 * a page on disk (an .xhtml outside WEB-INF and resources) or a servlet in the sources without a row fails
 * {@link #everyPageAndServletHasARow()}, and so does a row naming a page or servlet that no longer exists.
 * <ul>
 *   <li>{@code OK}: 200 and the object itself: its name in the page, or the very file that was stored;</li>
 *   <li>{@code NF}: 404 with the portal's "not found" page and nothing of the object in it. A forbidden page is
 *       answered the same way (web.xml maps 403 there and the error page turns it into 404), so nothing reveals
 *       whether a restricted page or object exists;</li>
 *   <li>{@code LOGIN}: a redirect to the sign-in page (a protected address asked for without signing in);</li>
 *   <li>{@code HOME}: a redirect to the role's own first page.</li>
 * </ul>
 * A page has one row per object that makes a difference: the directory entry of an admitted company and of one not
 * admitted yet, the member's project page for the company's own project and for one open to every member.
 * <p>
 * The objects are found while the test runs (through the REST API with a signed-in session, and the pages), never
 * by fixed ids; the logos and documents the files need are uploaded by staff first (three logos, two PDF documents:
 * the only data this test adds). Each role signs in once and its column is asked for as plain HTTP requests with
 * the session's cookies ({@link Browser#download}, which follows no redirect), with no page rendered in the browser.
 */
@ExtendWith(Browser.Extension.class)
class PageAccessBrowserIT {

    /** What a request must get. */
    enum Answer {
        OK, NF, LOGIN, HOME
    }

    /**
     * The object a row's request names, and what "own" and "another company's" mean for it. For a cluster-wide
     * object own and other do not apply: both member columns ask for the same object and must say the same.
     */
    enum Subject {
        /** no object */
        NONE(false),
        /** own: the company of the user {@code member}; other: the company of {@code member2} (both admitted, so both in the directory) */
        COMPANY(true),
        /** own: the company of {@code member}; other: a company that has applied and is not admitted yet (in no directory) */
        APPLICANT(true),
        /** a contact person of the company of {@code member} / of {@code member2} */
        CONTACT(true),
        /**
         * own: a project the company of {@code member} takes part in, closed to applications; other: a closed one
         * only other companies take part in
         */
        PROJECT(true),
        /** a document of the own / the other {@link #PROJECT} */
        DOCUMENT(true),
        /** cluster-wide: a project open for applications (every member may read it and apply) */
        OPEN_PROJECT(false),
        /** cluster-wide: an outreach activity */
        ACTIVITY(false),
        /** cluster-wide: a partner organisation */
        PARTNER(false);

        final boolean companyBound;

        Subject(boolean companyBound) {
            this.companyBound = companyBound;
        }
    }

    /** One line of the matrix: a page or file ({@code {id}} stands for the object's id), its object, the answers. */
    record Row(String path, Subject subject, Answer anonymous, Answer board, Answer memberOwn, Answer memberOther,
               Answer staff, Answer admin) {

        String file() {
            return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        }
    }

    private static Row row(String path, Subject subject, Answer anonymous, Answer board, Answer memberOwn, Answer memberOther,
                           Answer staff, Answer admin) {
        return new Row(path, subject, anonymous, board, memberOwn, memberOther, staff, admin);
    }

    /** THE MATRIX. Columns: anonymous, management (board), member on its own company's object, member on another's, staff, admin. */
    static final List<Row> MATRIX = List.of(
            // public pages
            row("/accessibility.xhtml",                         NONE,         OK,    OK,   OK,   OK,   OK,   OK),
            row("/activate.xhtml",                              NONE,         OK,    OK,   OK,   OK,   OK,   OK),
            row("/forgot-password.xhtml",                       NONE,         OK,    OK,   OK,   OK,   OK,   OK),
            row("/index.xhtml",                                 NONE,         LOGIN, HOME, HOME, HOME, HOME, HOME),
            row("/login.xhtml",                                 NONE,         OK,    OK,   OK,   OK,   OK,   OK),
            row("/reset-password.xhtml",                        NONE,         OK,    OK,   OK,   OK,   OK,   OK),
            // every signed-in person's own pages
            row("/account/api.xhtml",                           NONE,         LOGIN, OK,   OK,   OK,   OK,   OK),
            row("/account/profile.xhtml",                       NONE,         LOGIN, OK,   OK,   OK,   OK,   OK),
            // the members' area: the company is always the user's own (no parameter), the directory shows admitted companies only
            row("/member/home.xhtml",                           NONE,         LOGIN, NF,   OK,   OK,   NF,   NF),
            row("/member/company.xhtml",                        NONE,         LOGIN, NF,   OK,   OK,   NF,   NF),
            row("/member/directory.xhtml",                      NONE,         LOGIN, NF,   OK,   OK,   NF,   NF),
            row("/member/directory-entry.xhtml?id={id}",        COMPANY,      LOGIN, NF,   OK,   OK,   NF,   NF),
            row("/member/directory-entry.xhtml?id={id}",        APPLICANT,    LOGIN, NF,   OK,   NF,   NF,   NF),
            row("/member/projects.xhtml",                       NONE,         LOGIN, NF,   OK,   OK,   NF,   NF),
            row("/member/project.xhtml?id={id}",                PROJECT,      LOGIN, NF,   OK,   NF,   NF,   NF),
            row("/member/project.xhtml?id={id}",                OPEN_PROJECT, LOGIN, NF,   OK,   OK,   NF,   NF),
            row("/member/activities.xhtml",                     NONE,         LOGIN, NF,   OK,   OK,   NF,   NF),
            row("/member/activity.xhtml?id={id}",               ACTIVITY,     LOGIN, NF,   OK,   OK,   NF,   NF),
            // reports: read-only, for management, staff and the administrator
            row("/reports/dashboard.xhtml",                     NONE,         LOGIN, OK,   NF,   NF,   OK,   OK),
            row("/reports/reports.xhtml",                       NONE,         LOGIN, OK,   NF,   NF,   OK,   OK),
            row("/reports/report.xhtml?kind=ECCP",              NONE,         LOGIN, OK,   NF,   NF,   OK,   OK),
            row("/reports/funnel.xhtml",                        NONE,         LOGIN, OK,   NF,   NF,   OK,   OK),
            row("/reports/projects.xhtml",                      NONE,         LOGIN, OK,   NF,   NF,   OK,   OK),
            row("/reports/project.xhtml?id={id}",               PROJECT,      LOGIN, OK,   NF,   NF,   OK,   OK),
            // the office (staff and the administrator): management, which only reads, reaches none of it
            row("/staff/home.xhtml",                            NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/members.xhtml",                         NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/member.xhtml?id={id}",                  COMPANY,      LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/member-edit.xhtml?id={id}",             COMPANY,      LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/applications.xhtml",                    NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/fees.xhtml",                            NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/import.xhtml",                          NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/projects.xhtml",                        NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/project.xhtml?id={id}",                 PROJECT,      LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/project-edit.xhtml?id={id}",            PROJECT,      LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/partners.xhtml",                        NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/partner.xhtml?id={id}",                 PARTNER,      LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/activities.xhtml",                      NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/activity.xhtml?id={id}",                ACTIVITY,     LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/activity-edit.xhtml?id={id}",           ACTIVITY,     LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/calendar.xhtml",                        NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/staff/markets.xhtml",                         NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            // administration
            row("/admin/home.xhtml",                            NONE,         LOGIN, NF,   NF,   NF,   NF,   OK),
            row("/admin/accounts.xhtml",                        NONE,         LOGIN, NF,   NF,   NF,   NF,   OK),
            row("/admin/audit.xhtml",                           NONE,         LOGIN, NF,   NF,   NF,   NF,   OK),
            row("/admin/outbox.xhtml",                          NONE,         LOGIN, NF,   NF,   NF,   NF,   OK),
            // files served by servlets
            row("/logo/{id}",                                   COMPANY,      LOGIN, OK,   OK,   OK,   OK,   OK),
            row("/logo/{id}",                                   APPLICANT,    LOGIN, OK,   OK,   NF,   OK,   OK),
            row("/document/{id}",                               DOCUMENT,     LOGIN, OK,   OK,   NF,   OK,   OK),
            row("/calendar/upcoming.ics",                       NONE,         LOGIN, OK,   OK,   OK,   OK,   OK),
            row("/calendar/activity/{id}.ics",                  ACTIVITY,     LOGIN, OK,   OK,   OK,   OK,   OK),
            row("/reports/export/FEES.csv",                     NONE,         LOGIN, OK,   NF,   NF,   OK,   OK),
            row("/staff/import-template/members.csv",           NONE,         LOGIN, NF,   NF,   NF,   OK,   OK),
            row("/admin/person-export/{id}",                    CONTACT,      LOGIN, NF,   NF,   NF,   NF,   OK),
            // on only when the operator turns statement counting on (never in tests): then it tells a count, nothing else
            row("/diagnostics/statements?id=x",                 NONE,         NF,    NF,   NF,   NF,   NF,   NF));

    /** The columns after "anonymous": who signs in, and how a column of the matrix is read from a row. */
    private enum Column {
        BOARD("board", "/reports/dashboard.xhtml"),
        MEMBER("member", "/member/home.xhtml"),
        STAFF("staff", "/staff/home.xhtml"),
        ADMIN("admin", "/admin/home.xhtml");

        final String user;
        final String home;

        Column(String user, String home) {
            this.user = user;
            this.home = home;
        }
    }

    private static final String PASSWORD = "demo-password";
    private static final Set<String> NOT_FOUND_TITLES = Set.of("Nie znaleziono strony", "Page not found");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * An object of the matrix: the id that goes into the address, and how an answer shows that object: a page by its
     * name; a file by its very bytes ({@code file}, when the test stored it) or by a text in it ({@code fileText}).
     */
    record Target(String id, String name, byte[] file, String fileText) {

        Target(String id, String name) {
            this(id, name, null, null);
        }

        Target withFile(byte[] bytes) {
            return new Target(id, name, bytes, fileText);
        }
    }

    /** The two objects of a subject: the own company's and another company's (the same one when cluster-wide). */
    record Targets(Target own, Target other) {
    }

    @Test
    void everyPageAndServletHasARow() throws IOException {
        Set<String> inMatrix = MATRIX.stream().map(Row::file).filter(f -> f.endsWith(".xhtml")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> onDisk = new TreeSet<>(pages());
        assertThat(onDisk.stream().filter(p -> !inMatrix.contains(p))).as("pages on disk without a row in the matrix").isEmpty();
        assertThat(inMatrix.stream().filter(p -> !onDisk.contains(p))).as("rows of the matrix naming a page that no longer exists").isEmpty();

        List<String> servlets = servletPatterns();
        assertThat(servlets).contains("/logo/*", "/document/*", "/admin/person-export/*");
        for (String pattern : servlets) {
            assertThat(MATRIX).as("a row for the servlet " + pattern).anyMatch(r -> servedBy(r.file(), pattern));
        }
        for (Row r : MATRIX) {
            if (!r.file().endsWith(".xhtml")) {
                assertThat(servlets).as("the servlet serving the row " + r.path()).anyMatch(p -> servedBy(r.file(), p));
            }
            assertThat(r.path().contains("{id}")).as(r.path() + " names an object exactly when it has a subject").isEqualTo(r.subject() != NONE);
            if (!r.subject().companyBound) {
                assertThat(r.memberOther()).as(r.path() + ": own and other are one object, so one answer").isEqualTo(r.memberOwn());
            }
        }
        Set<String> seen = new HashSet<>();
        for (Row r : MATRIX) {
            assertThat(seen.add(r.path() + " " + r.subject())).as("one row per page and object: " + r.path() + " " + r.subject()).isTrue();
        }
    }

    /**
     * Every file the matrix keeps from anonymous callers passes {@code ActiveAccountFilter}, as the pages do, so the
     * session of an account deactivated since it signed in ends there too (docs/SECURITY.md, sessions).
     */
    @Test
    void everyProtectedFileEndsTheSessionOfADeactivatedAccount() throws IOException {
        List<String> filtered = urlPatterns("WebFilter", "/ActiveAccountFilter");
        assertThat(filtered).contains("*.xhtml");
        for (Row r : MATRIX) {
            if (!r.file().endsWith(".xhtml") && r.anonymous() == LOGIN) {
                assertThat(filtered).as(r.file() + " is checked for a deactivated account").anyMatch(p -> servedBy(r.file(), p));
            }
        }
    }

    /**
     * The matrix itself: staff, management, member and admin each in their own session, then anonymous. Every
     * cell that differs is collected, so a failure lists them all.
     */
    @Test
    void eachRoleGetsWhatTheMatrixSays(Browser browser) throws IOException {
        Map<String, Set<Cookie>> sessions = new LinkedHashMap<>();
        Map<Subject, Targets> targets = objects(browser, sessions);
        List<String> wrong = new ArrayList<>();
        for (Column column : List.of(Column.STAFF, Column.BOARD, Column.MEMBER, Column.ADMIN)) {
            if (sessions.containsKey(column.user)) { // signed in while finding the objects: the same session again
                useSession(browser, sessions.get(column.user));
            } else {
                signInAs(browser, column.user);
            }
            for (Row r : MATRIX) {
                Targets t = targets.get(r.subject());
                Answer own = switch (column) {
                    case BOARD -> r.board();
                    case MEMBER -> r.memberOwn();
                    case STAFF -> r.staff();
                    case ADMIN -> r.admin();
                };
                check(browser, column, r, own, t.own(), "own", wrong);
                if (r.subject().companyBound) {
                    // for the roles without a company of their own, another company's object must answer the same
                    Answer other = column == Column.MEMBER ? r.memberOther() : own;
                    check(browser, column, r, other, t.other(), "another company's", wrong);
                }
            }
        }
        browser.driver().manage().deleteAllCookies();
        for (Row r : MATRIX) {
            check(browser, null, r, r.anonymous(), targets.get(r.subject()).own(), "own", wrong);
        }
        assertThat(wrong).as("answers that differ from the matrix").isEmpty();
    }

    /** Asks for one cell of the matrix; a wrong answer is added to {@code wrong}. */
    private static void check(Browser browser, Column column, Row row, Answer expected, Target target, String whose, List<String> wrong) {
        String path = target == null ? row.path() : row.path().replace("{id}", target.id());
        Browser.Download answer = browser.download(path);
        String who = column == null ? "anonymous" : column.user;
        String cell = who + " " + path + (row.subject() == NONE ? "" : " (" + row.subject() + ", " + whose + ")")
                + ": expected " + expected + ", got ";
        String body = unescape(answer.text());
        boolean page = row.file().endsWith(".xhtml");
        String problem = switch (expected) {
            case OK -> {
                if (answer.status() != 200) {
                    yield "status " + answer.status() + located(answer);
                }
                if (NOT_FOUND_TITLES.stream().anyMatch(body::contains)) {
                    yield "200 with the not-found page";
                }
                if (target == null) {
                    yield null;
                }
                if (page && target.name() != null && !body.contains(target.name())) {
                    yield "200 without the object's name '" + target.name() + "'";
                }
                if (!page && target.file() != null && !Arrays.equals(target.file(), answer.body())) {
                    yield "200 with another file (" + answer.body().length + " bytes, " + answer.contentType() + ")";
                }
                if (!page && target.fileText() != null && !body.contains(target.fileText())) {
                    yield "200 with a file without '" + target.fileText() + "'";
                }
                yield null;
            }
            case NF -> {
                if (answer.status() != 404) {
                    yield "status " + answer.status() + located(answer);
                }
                if (NOT_FOUND_TITLES.stream().noneMatch(body::contains)) {
                    yield "404 without the portal's not-found page";
                }
                if (target != null && target.name() != null && body.contains(target.name())) {
                    yield "404 that names the object ('" + target.name() + "')";
                }
                if (target != null && target.fileText() != null && body.contains(target.fileText())) {
                    yield "404 that shows the object ('" + target.fileText() + "')";
                }
                yield null;
            }
            case LOGIN -> redirect(answer, "/login.xhtml");
            case HOME -> redirect(answer, column.home);
        };
        if (problem != null) {
            wrong.add(cell + problem);
        }
    }

    private static String redirect(Browser.Download answer, String to) {
        if (answer.status() != 302 && answer.status() != 303) {
            return "status " + answer.status();
        }
        String path = URI.create(answer.location()).getPath();
        return to.equals(path) ? null : "a redirect to " + answer.location();
    }

    private static String located(Browser.Download answer) {
        return answer.location().isEmpty() ? "" : " to " + answer.location();
    }

    // ---- the objects, found while the test runs ----

    /**
     * Finds the objects of every subject: member2's and member's own company (each as its own user), the rest as
     * staff, who also uploads the logos and documents. The sessions of member and staff are kept in {@code sessions}
     * for their columns of the matrix (so each role signs in once); staff stays signed in.
     */
    private static Map<Subject, Targets> objects(Browser browser, Map<String, Set<Cookie>> sessions) throws IOException {
        Map<Subject, Targets> targets = new EnumMap<>(Subject.class);
        targets.put(NONE, new Targets(null, null));

        signInAs(browser, "member2");
        JsonNode otherCompany = api(browser, "/api/v1/members/own");
        JsonNode otherContact = firstContact(api(browser, "/api/v1/members/" + otherCompany.path("id").asLong() + "/contacts"));

        signInAs(browser, "member");
        JsonNode ownCompany = api(browser, "/api/v1/members/own");
        long own = ownCompany.path("id").asLong();
        JsonNode ownContact = firstContact(api(browser, "/api/v1/members/" + own + "/contacts"));
        Set<Long> ownProjects = new HashSet<>();
        api(browser, "/api/v1/members/" + own + "/participations").forEach(p -> ownProjects.add(p.path("projectId").asLong()));
        sessions.put("member", browser.driver().manage().getCookies());

        signInAs(browser, "staff");
        sessions.put("staff", browser.driver().manage().getCookies());
        JsonNode applicant = api(browser, "/api/v1/members?status=APPLIED&size=1").path("items").path(0);
        assertThat(applicant.isMissingNode()).as("a company that has applied and is not admitted yet (demo data)").isFalse();
        targets.put(CONTACT, new Targets(contact(ownContact), contact(otherContact)));

        JsonNode ownProject = null;
        JsonNode otherProject = null;
        JsonNode openProject = null;
        for (JsonNode p : api(browser, "/api/v1/projects?size=200").path("items")) {
            String deadline = text(p.path("applicationDeadline"));
            boolean open = p.path("applicationsOpen").asBoolean() && deadline != null && !LocalDate.parse(deadline).isBefore(LocalDate.now());
            long id = p.path("id").asLong();
            if (open) {
                openProject = openProject == null ? p : openProject;
            } else if (ownProjects.contains(id)) {
                ownProject = ownProject == null ? p : ownProject;
            } else if (otherProject == null && !api(browser, "/api/v1/projects/" + id + "/participants").isEmpty()) {
                otherProject = p;
            }
        }
        assertThat(List.of(String.valueOf(ownProject), String.valueOf(otherProject), String.valueOf(openProject)))
                .as("an own, another company's and an open project (demo data)").doesNotContain("null");
        targets.put(PROJECT, new Targets(project(ownProject), project(otherProject)));
        Target open = project(openProject);
        targets.put(OPEN_PROJECT, new Targets(open, open));

        JsonNode activity = api(browser, "/api/v1/activities?size=1").path("items").path(0);
        Target a = new Target(activity.path("id").asText(), activity.path("titlePl").asText(), null,
                "UID:activity-" + activity.path("id").asText() + "@");
        targets.put(ACTIVITY, new Targets(a, a));

        // no API for partners: the first link of the partners page ("ACRONYM – name" or the name alone)
        Matcher partner = Pattern.compile("/staff/partner\\.xhtml\\?id=(\\d+)\"[^>]*>([^<]+)</a>")
                .matcher(unescape(browser.download("/staff/partners.xhtml").text()));
        assertThat(partner.find()).as("a partner on the partners page").isTrue();
        String link = partner.group(2).trim();
        Target p = new Target(partner.group(1), link.contains(" – ") ? link.substring(link.indexOf(" – ") + 3) : link);
        targets.put(PARTNER, new Targets(p, p));

        // the files: logos of the two companies and the applicant, documents of the own and the other project
        Path dir = Files.createDirectories(Path.of("target", "page-matrix"));
        Target ownFirm = company(ownCompany).withFile(uploadLogo(browser, dir, company(ownCompany).id()));
        Target otherFirm = company(otherCompany).withFile(uploadLogo(browser, dir, company(otherCompany).id()));
        Target applicantFirm = company(applicant).withFile(uploadLogo(browser, dir, company(applicant).id()));
        targets.put(COMPANY, new Targets(ownFirm, otherFirm));
        targets.put(APPLICANT, new Targets(ownFirm, applicantFirm));
        targets.put(DOCUMENT, new Targets(uploadDocument(browser, dir, targets.get(PROJECT).own().id()),
                uploadDocument(browser, dir, targets.get(PROJECT).other().id())));
        return targets;
    }

    /** A company: its name on pages, its logo as its file (once uploaded). */
    private static Target company(JsonNode member) {
        return new Target(member.path("id").asText(), member.path("legalName").asText());
    }

    private static Target contact(JsonNode contact) {
        String email = contact.path("email").asText();
        return new Target(contact.path("id").asText(), email, null, email);
    }

    private static Target project(JsonNode project) {
        return new Target(project.path("id").asText(), project.path("titlePl").asText());
    }

    private static JsonNode firstContact(JsonNode contacts) {
        for (JsonNode c : contacts) {
            if (text(c.path("email")) != null && text(c.path("anonymisedAt")) == null) {
                return c;
            }
        }
        throw new AssertionError("a company without a contact person with an e-mail: " + contacts);
    }

    /** A field's text; null when the API left it out (a null) or it is blank. */
    private static String text(JsonNode field) {
        return field.isMissingNode() || field.isNull() || field.asText().isBlank() ? null : field.asText();
    }

    private static JsonNode api(Browser browser, String path) throws IOException {
        Browser.Download answer = browser.download(path);
        assertThat(answer.status()).as("GET " + path + ": " + answer.text()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    /** Staff uploads a logo (a small PNG, different for each company) on the company's edit page; returns its bytes. */
    private static byte[] uploadLogo(Browser browser, Path dir, String companyId) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, Integer.parseInt(companyId) & 0xFFFFFF);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        Path file = Files.write(dir.resolve("logo-" + companyId + ".png"), png.toByteArray());
        browser.open("/staff/member-edit.xhtml?id=" + companyId);
        fileInput(browser, "logoForm:logo_input").sendKeys(file.toAbsolutePath().toString());
        awaitFile(browser, "/logo/" + companyId, png.toByteArray());
        browser.awaitAjax();
        return png.toByteArray();
    }

    /** Staff uploads a PDF to a project's documents; returns the document with the id its download link shows. */
    private static Target uploadDocument(Browser browser, Path dir, String projectId) throws IOException {
        byte[] pdf = ("%PDF-1.4\n% page matrix: a document of project " + projectId + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Path file = Files.write(dir.resolve("document-" + projectId + ".pdf"), pdf);
        browser.open("/staff/project.xhtml?id=" + projectId);
        fileInput(browser, "tabs:documentsForm:document_input").sendKeys(file.toAbsolutePath().toString());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher link = Pattern.compile("/document/(\\d+)\"").matcher(browser.download("/staff/project.xhtml?id=" + projectId).text());
            if (link.find()) {
                browser.awaitAjax();
                return new Target(link.group(1), null, pdf, null);
            }
            sleep();
        }
        throw new AssertionError("the document uploaded to project " + projectId + " did not appear on its page");
    }

    /** The (hidden) file input of a PrimeFaces upload, once the page has it. */
    private static WebElement fileInput(Browser browser, String id) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    private static void awaitFile(Browser browser, String path, byte[] expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Arrays.equals(browser.download(path).body(), expected)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the uploaded file is not served at " + path);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in as another user: a new session (the cookies of the last one are dropped), then the sign-in form. */
    private static void signInAs(Browser browser, String user) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(user, PASSWORD);
        assertThat(browser.path()).as(user + " signed in").isNotEqualTo("/login.xhtml");
    }

    /** Goes back to a session signed in before (its cookies instead of this browser's current ones). */
    private static void useSession(Browser browser, Set<Cookie> cookies) {
        browser.driver().manage().deleteAllCookies();
        cookies.forEach(browser.driver().manage()::addCookie);
    }

    /** The text of a page with the entities Faces writes turned back into characters. */
    private static String unescape(String html) {
        Matcher entity = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(html);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            String e = entity.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> "\u00A0";
                default -> Character.toString(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
            };
            entity.appendReplacement(text, Matcher.quoteReplacement(c));
        }
        entity.appendTail(text);
        return text.toString();
    }

    /** Whether a servlet's URL pattern ({@code /x/*} or an exact path) serves a path. */
    private static boolean servedBy(String path, String pattern) {
        return pattern.endsWith("/*") ? path.startsWith(pattern.substring(0, pattern.length() - 1)) : path.equals(pattern);
    }

    /** The application's pages, from the web module's sources. */
    static List<String> pages() throws IOException {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/")).sorted().toList();
        }
    }

    /** The URL patterns of the servlets in the web module's sources ({@code @WebServlet}). */
    static List<String> servletPatterns() throws IOException {
        return urlPatterns("WebServlet", "");
    }

    /** The URL patterns of an annotation ({@code WebServlet}, {@code WebFilter}) in the web module's sources whose name ends so. */
    private static List<String> urlPatterns(String annotationName, String fileName) throws IOException {
        Pattern annotation = Pattern.compile("@" + annotationName + "\\(\\s*(?:urlPatterns\\s*=\\s*|value\\s*=\\s*)?\\{?([^)}]*)");
        List<String> patterns = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(fileName + ".java")).toList()) {
                Matcher m = annotation.matcher(Files.readString(file));
                while (m.find()) {
                    Matcher literal = Pattern.compile("\"([^\"]+)\"").matcher(m.group(1));
                    while (literal.find()) {
                        patterns.add(literal.group(1));
                    }
                }
            }
        }
        return patterns;
    }
}
