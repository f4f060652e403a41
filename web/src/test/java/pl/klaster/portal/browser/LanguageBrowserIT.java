package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language: taken from the browser on the first visit, switched on any page (which then shows the same
 * thing, with its parameters, in the other language), remembered for the next pages, and declared in
 * {@code <html lang>}; numbers and money follow it.
 */
@ExtendWith(Browser.Extension.class)
@DisabledIfEnvironmentVariable(named = "DB_URL", matches = ".*postgresql.*",
        disabledReason = "markup, keyboard and layout do not depend on the database: checked in the H2 run only (CI time)")
class LanguageBrowserIT {

    @Test
    void anEnglishBrowserGetsEnglishAndTheSwitchKeepsThePageAndIsRemembered(@Browser.English Browser board) {
        board.open("/login.xhtml");
        assertThat(lang(board)).isEqualTo("en");
        assertThat(board.heading()).isEqualTo("Sign in");

        board.signIn("board", "demo-password");
        board.open("/reports/report.xhtml?kind=FEES");
        String english = board.heading();
        assertThat(board.find(By.id("reportTable")).getText()).contains("PLN ");

        board.find(By.cssSelector(".k-lang a[hreflang='pl']")).click();
        assertThat(board.driver().getCurrentUrl()).contains("kind=FEES").doesNotContain("lang=");
        assertThat(lang(board)).isEqualTo("pl");
        assertThat(board.heading()).isNotEqualTo(english).isEqualTo("Członkowie i stan składek");
        assertThat(board.find(By.id("reportTable")).getText()).contains(" zł");

        board.open("/reports/dashboard.xhtml");
        assertThat(lang(board)).as("the choice is remembered").isEqualTo("pl");
        assertThat(board.find(By.id("accessibilityLink")).getText()).isEqualTo("Deklaracja dostępności");
    }

    @Test
    void theAccessibilityDeclarationIsPublicInBothLanguages(Browser visitor) {
        visitor.open("/login.xhtml");
        visitor.find(By.id("accessibilityLink")).click();
        assertThat(visitor.heading()).isEqualTo("Deklaracja dostępności");
        assertThat(visitor.find(By.id("declaration")).getText()).contains("ustawą z dnia 4 kwietnia 2019 r.")
                .contains("dostepnosc@klaster.example").contains("Rzecznika Praw Obywatelskich");
        visitor.clickLink("English");
        assertThat(visitor.heading()).isEqualTo("Accessibility statement");
        assertThat(lang(visitor)).isEqualTo("en");
    }

    private static String lang(Browser browser) {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }
}
