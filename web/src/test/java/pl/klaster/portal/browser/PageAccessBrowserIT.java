package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the application (each .xhtml outside WEB-INF, found on disk, so a new page is checked without
 * anyone adding it here), requested by each signed-in role: an area not meant for the role answers "not found"
 * (404, so restricted pages are not revealed). In particular management reaches no page of the office, the
 * administrator or the members (where data changes), only its read-only reports; a member reaches no report.
 */
@ExtendWith(Browser.Extension.class)
class PageAccessBrowserIT {

    /** The areas each role may open (besides the public pages); every other area must be "not found". */
    private static final Map<String, List<String>> AREAS = Map.of(
            "board", List.of("/reports/", "/account/"),
            "member", List.of("/member/", "/account/"),
            "staff", List.of("/staff/", "/reports/", "/account/"),
            "admin", List.of("/admin/", "/staff/", "/reports/", "/account/"));

    /** Pages that show nothing without a parameter: opened with one. */
    private static final Map<String, String> QUERIES = Map.of("/reports/report.xhtml", "?kind=ECCP");

    private static final List<String> RESTRICTED = List.of("/member/", "/staff/", "/reports/", "/admin/", "/account/");

    @Test
    void eachRoleReachesOnlyItsOwnAreas(Browser browser) throws IOException {
        List<String> pages = pages();
        assertThat(pages).contains("/reports/dashboard.xhtml", "/staff/member-edit.xhtml", "/admin/accounts.xhtml", "/member/company.xhtml");
        for (Map.Entry<String, List<String>> role : AREAS.entrySet()) {
            browser.signIn(role.getKey(), "demo-password");
            for (String page : pages) {
                String area = RESTRICTED.stream().filter(page::startsWith).findFirst().orElse(null);
                if (area == null) {
                    continue;
                }
                int status = browser.download(page + QUERIES.getOrDefault(page, "")).status();
                if (role.getValue().contains(area)) {
                    assertThat(status).as(role.getKey() + " " + page).isNotEqualTo(500).isNotEqualTo(403);
                } else {
                    assertThat(status).as(role.getKey() + " may not open " + page).isEqualTo(404);
                }
            }
            assertThat(browser.download("/reports/export/FEES.csv").status()).as(role.getKey() + " downloads a report")
                    .isEqualTo(role.getValue().contains("/reports/") ? 200 : 404);
            // the requests above made more views than the session keeps: load a fresh page before signing out
            browser.open("/");
            browser.signOut();
        }
    }

    @Test
    void managementsReportPagesOpen(Browser board) throws IOException {
        board.signIn("board", "demo-password");
        for (String page : pages()) {
            if (page.startsWith("/reports/") && !page.equals("/reports/project.xhtml")) {
                assertThat(board.download(page + QUERIES.getOrDefault(page, "")).status()).as(page).isEqualTo(200);
            }
        }
    }

    /** The application's pages, from the web module's sources. */
    static List<String> pages() throws IOException {
        Path root = Path.of("src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> "/" + root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/")).sorted().toList();
        }
    }
}
