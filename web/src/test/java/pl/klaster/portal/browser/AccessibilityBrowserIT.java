package pl.klaster.portal.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.web.view.Navigation;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA, checked by Deque's axe-core on every page each role can reach, in Polish and in English: no
 * violation of impact "serious" or "critical" may remain. The pages are not listed here: each role starts from
 * its own menu ({@link Navigation#ENTRIES}, the list the layout renders) and follows the links of every page's
 * content to the pages behind them (a member's page, a project, an activity, a report), one page per address.
 * Together the roles must reach every page of the application found on disk, so a new page is checked as soon
 * as it is linked, and an unlinked one fails the test. Every page must also say which language it is in and show
 * no raw message key.
 */
@ExtendWith(Browser.Extension.class)
@DisabledIfEnvironmentVariable(named = "DB_URL", matches = ".*postgresql.*",
        disabledReason = "markup, keyboard and layout do not depend on the database: checked in the H2 run only (CI time)")
class AccessibilityBrowserIT {

    /** WCAG 2.0 and 2.1, levels A and AA: what Polish law asks of publicly funded bodies. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** Who signs in (null: nobody) and the role whose menu they start from. */
    private static final Map<String, Role> USERS = new LinkedHashMap<>();

    static {
        USERS.put(null, null);
        USERS.put("member", Role.MEMBER);
        USERS.put("staff", Role.STAFF);
        USERS.put("board", Role.MANAGEMENT);
        USERS.put("admin", Role.ADMIN);
    }

    /** The public pages; those that need a token are opened with a wrong one, as a mistyped link would. */
    private static final List<String> PUBLIC = List.of("/login.xhtml", "/forgot-password.xhtml", "/accessibility.xhtml",
            "/activate.xhtml?token=no-such-token", "/reset-password.xhtml?token=no-such-token");

    /** Pages that only redirect and so have nothing of their own to check. */
    private static final Set<String> REDIRECTS = Set.of("/index.xhtml");

    @Test
    void everyPageOfEveryRoleInBothLanguagesHasNoSeriousOrCriticalViolation(Browser browser) throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        int checked = 0;
        for (Map.Entry<String, Role> user : USERS.entrySet()) {
            if (user.getKey() != null) {
                browser.signIn(user.getKey(), "demo-password");
                makeToken(browser);
            }
            for (String language : List.of("pl", "en")) {
                browser.open("/accessibility.xhtml?lang=" + language);
                for (String page : crawl(browser, start(user.getValue()))) {
                    reached.add(URI.create(page).getPath());
                    browser.open(page);
                    problems.addAll(check(browser, (user.getKey() == null ? "anonymous" : user.getKey()) + " " + language + " " + page, language));
                    checked++;
                }
            }
            if (user.getKey() != null) {
                browser.open("/accessibility.xhtml");
                browser.signOut();
            }
        }
        System.out.println("AccessibilityBrowserIT: " + checked + " page views checked, " + reached.size() + " pages");

        assertThat(problems).as("accessibility problems").isEmpty();
        Set<String> unreached = new TreeSet<>(PageAccessBrowserIT.pages());
        unreached.removeAll(reached);
        unreached.removeAll(REDIRECTS);
        assertThat(unreached).as("pages no role reached through the menus and links, so never checked").isEmpty();
    }

    @Test
    void aFieldsErrorMessageIsTiedToItAndTheFormInErrorIsAccessible(Browser staff) {
        staff.signIn("staff", "demo-password");
        for (String form : List.of("/staff/member-edit.xhtml", "/staff/project-edit.xhtml", "/staff/activity-edit.xhtml")) {
            staff.open(form);
            staff.submit("form:save");
            List<WebElement> messages = staff.driver().findElements(By.cssSelector(".k-field .ui-message-error"));
            assertThat(messages).as(form + " shows field messages").isNotEmpty();
            for (WebElement message : messages) {
                WebElement field = message.findElement(By.xpath("ancestor::div[contains(@class,'k-field')][1]"));
                String described = (String) ((JavascriptExecutor) staff.driver()).executeScript(
                        "var f = arguments[0]; var input = f.querySelector('[aria-describedby]');"
                                + "if (!input) return null;"
                                + "return input.getAttribute('aria-describedby').split(/\\s+/)"
                                + ".map(function (id) { var e = document.getElementById(id); return e ? e.textContent : ''; }).join(' ');",
                        field);
                assertThat(described).as(form + ": the field of \"" + message.getText() + "\" is described by it")
                        .isNotNull().contains(message.getText().trim());
            }
            assertThat(check(staff, "staff pl " + form + " (in error)", "pl")).isEmpty();
        }
    }

    /**
     * A personal API token of the signed-in user, so that the profile page is crawled with a row in its token list:
     * pages must render every kind of row with data in it (a record's derived property such as a token's
     * {@code active} answered 500 on Expression Language 6 until the portal's resolver read it).
     */
    private static void makeToken(Browser browser) {
        browser.open("/account/profile.xhtml");
        browser.type("tokenForm:tokenName", "Accessibility check").type("tokenForm:tokenPassword", "demo-password")
                .click("tokenForm:createToken").awaitAjax();
        browser.click("secretForm:hideSecret").awaitAjax();
        assertThat(browser.text()).as("the profile page lists the new token").contains("Accessibility check");
    }

    /** The pages a user starts from: the public ones, or the menu of the role and the declaration. */
    private static List<String> start(Role role) {
        if (role == null) {
            return PUBLIC;
        }
        List<String> pages = new ArrayList<>();
        for (Navigation.Entry entry : Navigation.ENTRIES) {
            if (entry.getRoles().contains(role)) {
                pages.add(entry.getPage());
            }
        }
        pages.add("/accessibility.xhtml");
        return pages;
    }

    /**
     * The start pages and, breadth first, the pages their content links to (at most three links deep, one
     * address each, whatever its parameters), in the order they were found.
     */
    private static List<String> crawl(Browser browser, List<String> start) {
        Set<String> paths = new LinkedHashSet<>();
        List<String> pages = new ArrayList<>();
        Deque<String[]> queue = new ArrayDeque<>();
        for (String page : start) {
            queue.add(new String[]{page, "0"});
        }
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            String path = URI.create(next[0]).getPath();
            if (!paths.add(path)) {
                continue;
            }
            pages.add(next[0]);
            int depth = Integer.parseInt(next[1]);
            if (depth == 3) {
                continue;
            }
            browser.open(next[0]);
            for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href]"))) {
                String href = link.getAttribute("href");
                String local = local(browser, href);
                if (local != null && !paths.contains(URI.create(local).getPath())) {
                    queue.add(new String[]{local, String.valueOf(depth + 1)});
                }
            }
        }
        return pages;
    }

    /** A link's page of this portal as path and query, or null for anything else (other sites, files, anchors). */
    private static String local(Browser browser, String href) {
        if (href == null) {
            return null;
        }
        URI here = URI.create(browser.driver().getCurrentUrl());
        URI target = here.resolve(href);
        if (!here.getAuthority().equals(target.getAuthority()) || target.getPath() == null || !target.getPath().endsWith(".xhtml")) {
            return null;
        }
        String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery().replaceAll("(^|&)lang=[a-z]+", "");
        return target.getRawPath() + (query.equals("?") ? "" : query);
    }

    /** What is wrong with the open page: axe's serious and critical violations, a wrong language, a raw key. */
    private static List<String> check(Browser browser, String where, String language) {
        List<String> problems = new ArrayList<>();
        browser.awaitAjax();
        String lang = browser.driver().findElement(By.tagName("html")).getAttribute("lang");
        if (!language.equals(lang)) {
            problems.add(where + ": <html lang=\"" + lang + "\">");
        }
        String text = browser.driver().findElement(By.tagName("body")).getText();
        if (text.contains("???")) {
            int at = text.indexOf("???");
            problems.add(where + ": a raw message key: " + text.substring(at, Math.min(text.length(), at + 60)));
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    problems.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + node.getTarget() + " "
                            + abbreviate(node.getHtml()) + " — " + abbreviate(node.getFailureSummary()));
                }
            }
        }
        return problems;
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 220 ? flat.substring(0, 220) + "…" : flat;
    }
}
