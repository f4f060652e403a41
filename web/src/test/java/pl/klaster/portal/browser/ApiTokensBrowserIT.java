package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member company's user makes an API token on the profile page, sees it once, a program uses it, the person
 * revokes it (after confirming) and the program is refused from then on; the API documentation page lists the
 * resources.
 */
@ExtendWith(Browser.Extension.class)
class ApiTokensBrowserIT {

    @Test
    void aPersonMakesATokenAProgramUsesItAndRevokingItEndsThat(Browser browser) throws Exception {
        browser.signIn("member3", "demo-password");
        browser.clickLink("Profil i klucze API");
        assertThat(browser.path()).isEqualTo("/account/profile.xhtml");

        browser.click("tokenForm:createToken").awaitAjax();
        assertThat(browser.messageFor("tokenForm:tokenName")).isEqualTo("Podaj nazwę klucza.");

        browser.type("tokenForm:tokenName", "Eksport do ERP").type("tokenForm:tokenPassword", "nie moje hasło")
                .click("tokenForm:createToken").awaitAjax();
        assertThat(browser.messageFor("tokenForm:tokenPassword")).as("issue 24, finding 6: the password is asked again")
                .isEqualTo("To nie jest Twoje hasło. Klucz nie został utworzony.");
        browser.type("tokenForm:tokenName", "Eksport do ERP").type("tokenForm:tokenPassword", "demo-password")
                .click("tokenForm:createToken").awaitAjax();
        String secret = browser.find(By.id("secret")).getAttribute("value");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(browser.text()).contains("Eksport do ERP", "nie pokaże go ponownie");
        assertThat(call(browser, secret)).isEqualTo(200);

        browser.click("secretForm:hideSecret").awaitAjax();
        assertThat(browser.driver().findElements(By.id("secret"))).isEmpty();
        browser.open("/account/profile.xhtml");
        assertThat(browser.driver().getPageSource()).as("the secret is never shown again").doesNotContain(secret);

        browser.click("tokensForm:tokens:0:revoke").confirm();
        assertThat(browser.text()).contains("unieważniony");
        assertThat(call(browser, secret)).isEqualTo(401);

        browser.clickLink("Dokumentacja API");
        assertThat(browser.path()).isEqualTo("/account/api.xhtml");
        assertThat(browser.text()).contains("/api/v1/members", "/api/v1/applications/{id}/approve", "/api/v1/reports/{kind}");
    }

    private static int call(Browser browser, String token) throws Exception {
        String base = browser.driver().getCurrentUrl().replaceFirst("(https?://[^/]+).*", "$1");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/members/own"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
