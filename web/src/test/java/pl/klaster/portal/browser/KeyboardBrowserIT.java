package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main tasks of a member company done with the keyboard alone: signing in, applying for a project,
 * registering for an outreach activity. No click and no typing into an element found by the test: every key
 * goes to whatever has the focus, reached with Tab (and Enter or Space to act), starting from the "skip to
 * content" link, which must be the first stop of every page. Every stop on the way must show that it has the
 * focus, so the order can be followed by eye.
 */
@ExtendWith(Browser.Extension.class)
@DisabledIfEnvironmentVariable(named = "DB_URL", matches = ".*postgresql.*",
        disabledReason = "markup, keyboard and layout do not depend on the database: checked in the H2 run only (CI time)")
class KeyboardBrowserIT {

    private static final String PROJECT = "Rozwój technologii wytwarzania kompozycji polimerowych z recyklatem gumy oponowej"
            + " w kierunku poszukiwania nowych produktów";
    private static final String ACTIVITY = "Wizyta studyjna w klastrze Plasturgie (Lyon)";

    @Test
    void aMemberSignsInAppliesForAProjectAndRegistersForAnActivityWithTheKeyboardAlone(Browser member) {
        member.open("/login.xhtml");
        skipToContent(member);
        tabTo(member, "the user name", e -> "login:username".equals(e.getAttribute("id"))).sendKeys("member3");
        tabTo(member, "the password", e -> "login:password".equals(e.getAttribute("id"))).sendKeys("demo-password", Keys.ENTER);
        new WebDriverWait(member.driver(), Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/member/home.xhtml"));

        member.open("/member/projects.xhtml");
        skipToContent(member);
        tabTo(member, "the project's link", e -> "a".equals(e.getTagName()) && e.getText().equals(PROJECT)).sendKeys(Keys.ENTER);
        new WebDriverWait(member.driver(), Duration.ofSeconds(30)).until(d -> PROJECT.equals(member.heading()));
        tabTo(member, "the motivation", e -> "applyForm:motivation".equals(e.getAttribute("id")))
                .sendKeys("Integrujemy linie wtryskowe z recyklatem; zgłoszenie wysłane klawiaturą.");
        tabTo(member, "the effort", e -> "applyForm:effort_input".equals(e.getAttribute("id"))).sendKeys("12");
        tabTo(member, "the apply button", e -> "applyForm:apply".equals(e.getAttribute("id"))).sendKeys(Keys.ENTER);
        member.awaitAjax();
        assertThat(member.find(By.id("messages")).getText()).contains("Zgłoszenie zostało wysłane");
        assertThat(member.find(By.id("own")).getText()).contains("Oczekuje");

        member.open("/member/activities.xhtml");
        skipToContent(member);
        tabTo(member, "the activity's link", e -> "a".equals(e.getTagName()) && e.getText().equals(ACTIVITY)).sendKeys(Keys.ENTER);
        new WebDriverWait(member.driver(), Duration.ofSeconds(30)).until(d -> ACTIVITY.equals(member.heading()));
        WebElement person = tabTo(member, "the first person to register",
                e -> e.getAttribute("id") != null && e.getAttribute("id").startsWith("registerForm:persons:"));
        person.sendKeys(Keys.SPACE);
        assertThat(person.isSelected()).as("Space ticks the person").isTrue();
        tabTo(member, "the register button", e -> "registerForm:register".equals(e.getAttribute("id"))).sendKeys(Keys.ENTER);
        member.awaitAjax();
        assertThat(member.find(By.id("messages")).getText()).contains("została zgłoszona");
        assertThat(member.find(By.id("ownForm:own")).getText()).contains("Zgłoszona").contains("Katarzyna Robotyczna");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsPastTheMenu(Browser staff) {
        staff.signIn("staff", "demo-password");
        staff.open("/staff/members.xhtml");
        skipToContent(staff);
        WebElement next = tabOnce(staff);
        assertThat(next.findElements(By.xpath("ancestor::header"))).as("after the skip link the focus is past the header").isEmpty();
        assertThat(next.findElements(By.xpath("ancestor::main"))).as("and in the page's content").isNotEmpty();
    }

    /** The first Tab of a page reaches the skip link, visibly; Enter moves the focus to the content. */
    private static void skipToContent(Browser browser) {
        WebElement first = tabOnce(browser);
        assertThat(first.getAttribute("class")).as("the first stop of " + browser.path()).contains("k-skip");
        assertThat(first.isDisplayed()).isTrue();
        first.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> "main".equals(active(browser).getAttribute("id")));
    }

    /** Presses Tab until the focus is on the element wanted (at most 80 times); every stop must show its focus. */
    private static WebElement tabTo(Browser browser, String what, Predicate<WebElement> wanted) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            WebElement focused = tabOnce(browser);
            if (wanted.test(focused)) {
                return focused;
            }
            stops.add(describe(focused));
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.path() + "; the stops were " + stops);
    }

    private static WebElement tabOnce(Browser browser) {
        active(browser).sendKeys(Keys.TAB);
        WebElement focused = active(browser);
        assertThat(focusShown(browser, focused)).as("the focus on " + describe(focused) + " can be seen").isTrue();
        return focused;
    }

    private static WebElement active(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    /**
     * Whether the focused element shows it: an outline or a focus shadow of its own, or, for the visually hidden
     * input of a PrimeFaces checkbox or menu, the focus state of the box the user sees.
     */
    private static boolean focusShown(Browser browser, WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "var e = arguments[0];"
                        + "function shows(x) { var s = getComputedStyle(x);"
                        + "  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none'); }"
                        + "if (e.closest('.ui-helper-hidden-accessible')) {"
                        + "  var w = e.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-selectcheckboxmenu');"
                        + "  var box = w && (w.querySelector('.ui-chkbox-box, .ui-radiobutton-box') || w);"
                        + "  return !!box && (box.classList.contains('ui-state-focus') || shows(box)); }"
                        + "return shows(e);", element));
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        String text = element.getText();
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id)
                + (text == null || text.isBlank() ? "" : " \"" + text.substring(0, Math.min(40, text.length())) + "\"");
    }
}
