package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import pl.klaster.portal.it.support.TestData;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The members capability in a real browser: staff register a member (an invalid NIP is refused at its field, a
 * valid one in any written form is found by the search box), invite a contact person who activates the account
 * from the e-mail and lands on the company's page, edits its capabilities, and cannot open staff pages.
 */
@ExtendWith(Browser.Extension.class)
class MembersBrowserIT {

    @Test
    void staffCreateAMemberAnInvalidNipIsRefusedAndTheDashedNipFindsIt(Browser browser) {
        String name = TestData.unique("Przeglądarkowa Sp. z o.o.");
        String nip = TestData.nip();
        browser.signIn("staff", "demo-password");

        createMember(browser, name, "123-456-32-19");
        assertThat(browser.path()).isEqualTo("/staff/member-edit.xhtml");
        assertThat(browser.messageFor("form:nip")).contains("To nie jest poprawny NIP");

        browser.type("form:nip", TestData.dashed(nip)).submit("form:save");
        assertThat(browser.path()).isEqualTo("/staff/member.xhtml");
        assertThat(browser.heading()).isEqualTo(name);
        assertThat(browser.find(By.id("nip")).getText()).isEqualTo(nip);

        browser.open("/staff/members.xhtml").type("filters:text", TestData.dashed(nip)).click("filters:searchButton").awaitAjax();
        assertThat(browser.find(By.id("results:members")).getText()).contains(name);
        assertThat(browser.driver().findElements(By.cssSelector("#results\\:members tbody tr"))).hasSize(1);
    }

    @Test
    void anInvitedContactActivatesTheAccountEditsCapabilitiesAndCannotReachStaffPages(Browser browser, MailServer mail,
                                                                                  Browser admin) {
        String name = TestData.unique("Zapraszająca Sp. z o.o.");
        String email = TestData.unique("osoba").toLowerCase() + "@example.org";
        String memberUrl = invitedAndActivated(browser, mail, name, email);
        assertThat(browser.text()).contains(name);

        browser.click("editForm:edit").awaitAjax();
        browser.tick("form:capabilities", "ISO 9001", "Druk 3D (additive manufacturing)");
        browser.click("form:save").awaitAjax();
        assertThat(browser.find(By.id("capabilities")).getText()).contains("ISO 9001").contains("Druk 3D");

        String otherMember = memberUrl.replaceAll(".*id=", "");
        browser.open("/staff/member-edit.xhtml?id=" + otherMember);
        assertThat(browser.heading()).isEqualTo("Nie znaleziono strony");
        browser.open("/staff/member.xhtml?id=" + otherMember);
        assertThat(browser.heading()).isEqualTo("Nie znaleziono strony");
        browser.open("/admin/accounts.xhtml");
        assertThat(browser.heading()).isEqualTo("Nie znaleziono strony");

        // the administrator deactivates the account: its open session ends at its next request
        admin.signIn("admin", "demo-password");
        admin.open("/admin/accounts.xhtml").type("filters:text", email).click("filters:searchButton").awaitAjax();
        admin.find(By.xpath("//*[@id='results:accounts']//button[normalize-space(.)='Dezaktywuj']")).click();
        admin.confirm();
        assertThat(admin.find(By.id("messages")).getText()).contains("zostało dezaktywowane");
        browser.open("/member/company.xhtml");
        assertThat(browser.path()).isEqualTo("/login.xhtml");
        browser.signIn(email, "niebieskie tramwaje Bydgoszczy");
        assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText()).contains("Nieprawidłowa nazwa użytkownika lub hasło");
    }

    @Test
    void aMemberSeesOtherActiveMembersInTheDirectoryOnlyWithConsentingPersons(Browser browser) {
        browser.signIn("member2", "demo-password");
        browser.open("/member/directory.xhtml").choose("filters:capability", "ISO 9001").click("filters:searchButton").awaitAjax();
        assertThat(browser.find(By.id("results:directory")).getText()).contains("Polimer-Bydgoszcz");
        browser.clickLink("Polimer-Bydgoszcz");
        assertThat(browser.text()).contains("Marek Członkowski").doesNotContain("Ewa Wtryskowa");
    }

    /**
     * Issue 24, finding 10: a new password set through a reset link ends the account's other sessions (a stolen
     * session, a forgotten browser); the session that set it goes on, and the old password no longer signs in.
     */
    @Test
    void finding10_aNewPasswordEndsTheAccountsOtherSessions(Browser browser, MailServer mail, Browser other) {
        String email = TestData.unique("reset").toLowerCase() + "@example.org";
        invitedAndActivated(browser, mail, TestData.unique("Resetowa Sp. z o.o."), email);

        other.open("/forgot-password.xhtml").type("forgot:email", email).submit("forgot:send");
        String reset = mail.awaitMailTo(email, "/reset-password.xhtml?token=", Duration.ofSeconds(30)).orElseThrow();
        other.driver().get(reset.lines().filter(l -> l.contains("/reset-password.xhtml?token=")).findFirst().orElseThrow().trim());
        assertThat(other.heading()).isEqualTo("Ustawienie nowego hasła");
        other.type("passwordForm:password", "zielone tramwaje Fordonu").type("passwordForm:repeat", "zielone tramwaje Fordonu")
                .submit("passwordForm:save");
        assertThat(other.path()).isEqualTo("/member/company.xhtml");

        browser.open("/member/company.xhtml");
        assertThat(browser.path()).as("the session signed in with the old password").isEqualTo("/login.xhtml");
        other.open("/member/company.xhtml");
        assertThat(other.path()).as("the session that set the new password").isEqualTo("/member/company.xhtml");
        browser.signIn(email, "niebieskie tramwaje Bydgoszczy");
        assertThat(browser.find(By.cssSelector(".ui-messages-error")).getText()).contains("Nieprawidłowa nazwa użytkownika lub hasło");
        browser.signIn(email, "zielone tramwaje Fordonu");
        assertThat(browser.path()).as("signed in with the new password: the member's home").isEqualTo("/member/home.xhtml");
    }

    /**
     * Staff register member {@code name}, add a contact person with {@code email} and invite them; the person
     * activates the account from the invitation (a too-short password refused first) and lands, signed in, on the
     * company's page. Returns the member's staff page address.
     */
    private static String invitedAndActivated(Browser browser, MailServer mail, String name, String email) {
        browser.signIn("staff", "demo-password");
        createMember(browser, name, TestData.dashed(TestData.nip()));
        String memberUrl = browser.driver().getCurrentUrl();

        browser.clickLink("Osoby kontaktowe");
        browser.click("tabs:contactsForm:addContact").awaitAjax();
        browser.type("contactForm:firstName", "Iwona").type("contactForm:lastName", "Zaproszona")
                .type("contactForm:email", email).click("contactForm:save").awaitAjax();
        assertThat(browser.find(By.id("tabs:contactsForm:contacts")).getText()).contains("Iwona Zaproszona");
        browser.find(By.xpath("//*[@id='tabs:contactsForm:contacts']//button[contains(@id,'invite')]")).click();
        browser.confirm();
        assertThat(browser.find(By.id("messages")).getText()).contains("Zaproszenie zostało wysłane na adres " + email);
        browser.signOut();

        String invitation = mail.awaitMailTo(email, Duration.ofSeconds(30)).orElseThrow();
        String link = invitation.lines().filter(l -> l.contains("/activate.xhtml?token=")).findFirst().orElseThrow().trim();
        browser.driver().get(link);
        assertThat(browser.heading()).isEqualTo("Aktywacja konta");
        browser.type("passwordForm:password", "krótkie").type("passwordForm:repeat", "krótkie").submit("passwordForm:save");
        assertThat(browser.messageFor("passwordForm:password")).contains("co najmniej 12 znaków");
        browser.type("passwordForm:password", "niebieskie tramwaje Bydgoszczy").type("passwordForm:repeat", "niebieskie tramwaje Bydgoszczy")
                .submit("passwordForm:save");
        assertThat(browser.path()).isEqualTo("/member/company.xhtml");
        assertThat(browser.find(By.id("signedInAs")).getText()).contains("Iwona Zaproszona");

        return memberUrl;
    }

    private static void createMember(Browser browser, String name, String nip) {
        browser.open("/staff/member-edit.xhtml");
        browser.type("form:legalName", name).type("form:nip", nip);
        browser.choose("form:memberType", "Przedsiębiorstwo").choose("form:sizeClass", "Małe");
        browser.type("form:street", "ul. Przeglądarkowa 5").type("form:postalCode", "85-001").type("form:city", "Bydgoszcz");
        browser.choose("form:voivodeship", "kujawsko-pomorskie");
        browser.submit("form:save");
    }
}
