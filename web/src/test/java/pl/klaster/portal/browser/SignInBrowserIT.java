package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo role signs in and lands on its own home page, in Polish and (after the switch) in English;
 * a wrong password is refused with one message; sign-out ends the session; a page asked for before signing in
 * is where the sign-in continues.
 */
@ExtendWith(Browser.Extension.class)
class SignInBrowserIT {

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "admin,   /admin/home.xhtml,        Administracja, Administration",
            "staff,   /staff/home.xhtml,        Biuro klastra, Cluster office",
            "board,   /reports/dashboard.xhtml, Pulpit,        Dashboard",
            "member,  /member/home.xhtml,       Mój portal,    My portal",
            "member2, /member/home.xhtml,       Mój portal,    My portal"})
    void eachRoleLandsOnItsHomeInBothLanguages(String user, String home, String polish, String english, Browser browser) {
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/login.xhtml");
        assertThat(browser.find(By.cssSelector("label[for='login:username']")).getText()).contains("Nazwa użytkownika");
        assertThat(browser.find(By.cssSelector("label[for='login:password']")).getText()).contains("Hasło");

        browser.signIn(user, "demo-password");

        assertThat(browser.path()).isEqualTo(home);
        assertThat(browser.heading()).isEqualTo(polish);
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");

        browser.clickLink("English");

        assertThat(browser.path()).isEqualTo(home);
        assertThat(browser.heading()).isEqualTo(english);
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.signOut();
    }

    @Test
    void aMemberSeesItsOwnCompany(Browser browser) {
        browser.signIn("member2", "demo-password");

        assertThat(browser.find(By.id("welcome")).getText()).contains("Narzędziownia Fordon");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(@Browser.English Browser browser) {
        browser.signIn("staff", "not-the-password");

        assertThat(browser.path()).isEqualTo("/login.xhtml");
        assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText()).contains("Wrong user name or password.");

        browser.signIn("no-such-user", "demo-password");
        assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText()).contains("Wrong user name or password.");
    }

    @Test
    void signOutEndsTheSession(Browser browser) {
        browser.signIn("staff", "demo-password");
        browser.signOut();

        assertThat(browser.find(By.id("signedOutMessage")).getText()).contains("Wylogowano");
        browser.open("/staff/home.xhtml");
        assertThat(browser.path()).isEqualTo("/login.xhtml");
    }

    @Test
    void signingInContinuesToThePageFirstAskedFor(Browser browser) {
        browser.open("/reports/report.xhtml?kind=ECCP");
        assertThat(browser.path()).isEqualTo("/login.xhtml");

        browser.signIn("board", "demo-password");

        assertThat(browser.driver().getCurrentUrl()).endsWith("/reports/report.xhtml?kind=ECCP");
        browser.signOut();
        browser.signIn("board", "demo-password"); // asked for once: the next sign-in lands on the home page
        assertThat(browser.path()).isEqualTo("/reports/dashboard.xhtml");
    }

    @Test
    void anotherRolesAreaIsAnsweredAsNotFound(Browser browser) {
        browser.signIn("member", "demo-password");
        browser.open("/admin/home.xhtml");

        assertThat(browser.heading()).isEqualTo("Nie znaleziono strony");
    }
}
