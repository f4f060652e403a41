package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.web.view.Navigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 1.4.10 and 1.4.4: every page of each role's menu reflows on a phone 320 CSS pixels wide and at 200 %
 * zoom (a 1280 pixel window seen at twice the size, 640 CSS pixels) without the page scrolling sideways. A
 * data table may scroll inside its own box, as WCAG allows for two-dimensional content; the page may not.
 */
@ExtendWith(Browser.Extension.class)
@DisabledIfEnvironmentVariable(named = "DB_URL", matches = ".*postgresql.*",
        disabledReason = "markup, keyboard and layout do not depend on the database: checked in the H2 run only (CI time)")
class ReflowBrowserIT {

    private static final Map<String, Role> USERS = Map.of("member", Role.MEMBER, "staff", Role.STAFF, "board", Role.MANAGEMENT,
            "admin", Role.ADMIN);

    @Test
    void everyMenuPageFitsAPhoneAndDoubleZoom(Browser browser) {
        List<String> problems = new ArrayList<>();
        browser.open("/login.xhtml");
        problems.addAll(check(browser, "/login.xhtml"));
        for (Map.Entry<String, Role> user : USERS.entrySet()) {
            browser.signIn(user.getKey(), "demo-password");
            for (Navigation.Entry entry : Navigation.ENTRIES) {
                if (entry.getRoles().contains(user.getValue())) {
                    problems.addAll(check(browser, entry.getPage()));
                }
            }
            browser.open("/accessibility.xhtml");
            browser.signOut();
        }
        assertThat(problems).as("pages that scroll sideways").isEmpty();
    }

    /** The page at 320 px and at 640 px seen twice as large. */
    private static List<String> check(Browser browser, String page) {
        List<String> problems = new ArrayList<>();
        for (int[] screen : new int[][]{{320, 1}, {640, 2}}) {
            ((HasCdp) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", screen[0], "height", 800, "deviceScaleFactor", screen[1], "mobile", screen[0] < 400));
            browser.open(page);
            browser.awaitAjax();
            Object overflow = ((JavascriptExecutor) browser.driver()).executeScript(
                    "var width = document.documentElement.clientWidth;"
                            + "if (document.documentElement.scrollWidth <= width + 1) return null;"
                            + "var wide = [];"
                            + "document.querySelectorAll('main *, header *').forEach(function (e) {"
                            + "  var r = e.getBoundingClientRect();"
                            + "  if (r.right > width + 1 && r.width > 0 && wide.length < 5) {"
                            + "    wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + (e.className.baseVal === undefined ? e.className : '') + ' ' + Math.round(r.right)); } });"
                            + "return document.documentElement.scrollWidth + ' > ' + width + ': ' + wide.join(', ');");
            if (overflow != null) {
                problems.add(page + " at " + screen[0] + " px ×" + screen[1] + ": " + overflow);
            }
        }
        ((HasCdp) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return problems;
    }
}
