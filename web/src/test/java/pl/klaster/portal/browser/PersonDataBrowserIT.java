package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import pl.klaster.portal.it.support.TestData;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data on the staff member page: the administrator downloads a contact person's data as JSON and
 * anonymises the person through the dialog, which wants a reason; staff see neither action and cannot download.
 */
@ExtendWith(Browser.Extension.class)
class PersonDataBrowserIT {

    @Test
    void theAdministratorExportsAndAnonymisesAContactPersonStaffCannot(Browser admin, Browser staff) {
        String email = TestData.unique("iga").toLowerCase() + "@example.org";
        admin.signIn("admin", "demo-password");
        admin.open("/staff/member-edit.xhtml");
        admin.type("form:legalName", TestData.unique("Prywatna Sp. z o.o.")).type("form:nip", TestData.dashed(TestData.nip()));
        admin.choose("form:memberType", "Przedsiębiorstwo").choose("form:sizeClass", "Małe");
        admin.type("form:street", "ul. Poufna 3").type("form:postalCode", "85-001").type("form:city", "Bydgoszcz");
        admin.choose("form:voivodeship", "kujawsko-pomorskie");
        admin.submit("form:save");
        String memberPage = "/staff/member.xhtml?id=" + admin.driver().getCurrentUrl().replaceAll(".*id=", "");

        admin.clickLink("Osoby kontaktowe");
        admin.click("tabs:contactsForm:addContact").awaitAjax();
        admin.type("contactForm:firstName", "Iga").type("contactForm:lastName", "Prywatna")
                .type("contactForm:email", email).click("contactForm:save").awaitAjax();
        String contacts = "//*[@id='tabs:contactsForm:contacts']";
        String export = URI.create(admin.find(By.xpath(contacts + "//a[contains(@id,'exportData')]")).getAttribute("href")).getRawPath();
        Browser.Download data = admin.download(export);
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.contentType()).startsWith("application/json");
        assertThat(data.disposition()).startsWith("attachment");
        assertThat(data.text()).contains("\"schema\"").contains(email).doesNotContain("pbkdf2");

        staff.signIn("staff", "demo-password");
        assertThat(staff.download(export).status()).as("staff may not export").isEqualTo(404);
        staff.open(memberPage).clickLink("Osoby kontaktowe");
        assertThat(staff.find(By.id("tabs:contactsForm:contacts")).getText()).contains("Iga Prywatna").doesNotContain("Anonimizuj").doesNotContain("Eksportuj dane");

        admin.find(By.xpath(contacts + "//button[contains(@id,'anonymise')]")).click();
        admin.awaitAjax().click("anonymiseForm:confirmAnonymise").awaitAjax();
        assertThat(admin.messageFor("anonymiseForm:reason")).contains("Podaj powód anonimizacji.");
        admin.type("anonymiseForm:reason", "Osoba odeszła z firmy").click("anonymiseForm:confirmAnonymise").awaitAjax();
        assertThat(admin.find(By.id("messages")).getText()).contains("Dane osoby zostały zanonimizowane.");
        assertThat(admin.find(By.id("tabs:contactsForm:contacts")).getText())
                .contains("Anonimizowana osoba #").contains("zanonimizowana").doesNotContain(email).doesNotContain("Prywatna");
    }
}
