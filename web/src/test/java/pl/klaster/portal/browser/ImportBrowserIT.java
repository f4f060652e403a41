package pl.klaster.portal.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import pl.klaster.portal.it.support.TestData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member import in a real browser: staff read what file to upload, download the template, upload a CSV with
 * good and bad rows, see the preview with the bad rows' messages, import only the good rows, and find the new
 * members in the member list. A file that lies about its type gets a message, not an error page. The page with
 * its mapping and preview, and with its result, has no serious or critical axe-core violation (the menu crawl of
 * {@link AccessibilityBrowserIT} sees only its empty state).
 */
@ExtendWith(Browser.Extension.class)
class ImportBrowserIT {

    private static final String HEADER = "NIP;Pełna nazwa;Ulica i numer;Kod pocztowy;Miejscowość;Województwo;Rodzaj członka;Wielkość";

    private static String line(String nip, String name) {
        return nip + ";" + name + ";ul. Plikowa 2;85-002;Bydgoszcz;kujawsko-pomorskie;Przedsiębiorstwo;Mikro";
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "import-files"));
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file.toAbsolutePath();
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(By.id("uploadForm:file_input")).sendKeys(file.toString());
        browser.awaitAjax();
    }

    @Test
    void staffImportTheGoodRowsOfAFileAndFindTheNewMembersInTheList(Browser browser) throws IOException {
        String tag = TestData.unique("Importowana");
        String first = tag + " Alfa Sp. z o.o.";
        String second = tag + " Beta Sp. z o.o.";
        String twice = TestData.nip();
        String csv = String.join("\r\n", HEADER,
                line(TestData.dashed(TestData.nip()), first),
                line("123-456-32-19", tag + " Zły NIP"),
                line(TestData.nip(), ""),
                line(twice, second),
                line(twice, tag + " Powtórzona"), "");
        browser.signIn("staff", "demo-password");

        browser.open("/staff/import.xhtml");
        assertThat(browser.heading()).isEqualTo("Import członków i osób kontaktowych");
        assertThat(browser.text()).contains("Jaki plik przesłać").contains("NIP (wymagany");
        String template = browser.find(By.id("template")).getAttribute("href");
        Browser.Download download = browser.download(java.net.URI.create(template).getPath());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.text()).startsWith("\uFEFFNIP;Pełna nazwa;Nazwa skrócona;");

        upload(browser, file("czlonkowie.csv", csv.getBytes(StandardCharsets.UTF_8)));
        browser.find(By.id("previewForm:rows"));
        assertThat(browser.find(By.id("createCount")).getText()).endsWith("2");
        assertThat(browser.find(By.id("updateCount")).getText()).endsWith("0");
        assertThat(browser.find(By.id("errorCount")).getText()).endsWith("3");
        String errors = browser.find(By.id("previewForm:rows")).getText();
        assertThat(errors).contains("NIP: To nie jest poprawny NIP")
                .contains("Pełna nazwa: To pole jest wymagane.")
                .contains("NIP: Ten sam NIP jest już w wierszu 5 pliku.")
                .doesNotContain(first);
        assertThat(browser.find(By.id("mappingForm")).getText()).contains("Pełna nazwa").contains("Miejscowość");

        assertThat(accessibilityProblems(browser)).as("preview").isEmpty();

        // the rows with errors are shown first; all rows on request
        pick(browser, "previewForm:show", "Wszystkie wiersze");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("previewForm:rows"), first));
        assertThat(browser.find(By.id("previewForm:rows")).getText()).contains(second);

        // without the name column every row has an error; with it again, the preview is as before
        browser.choose("mappingForm:columns:1:field", "(pomiń tę kolumnę)").click("mappingForm:previewButton").awaitAjax();
        assertThat(browser.find(By.id("errorCount")).getText()).endsWith("5");
        browser.choose("mappingForm:columns:1:field", "Pełna nazwa").click("mappingForm:previewButton").awaitAjax();
        assertThat(browser.find(By.id("errorCount")).getText()).endsWith("3");

        // all or nothing: refused, nothing saved, the preview stays
        browser.click("previewForm:commitAll");
        browser.confirm();
        assertThat(browser.find(By.id("messages")).getText()).contains("Nic nie zaimportowano");
        assertThat(browser.driver().findElements(By.id("resultForm"))).isEmpty();

        browser.click("previewForm:commitGood");
        browser.confirm();
        browser.find(By.id("resultForm"));
        assertThat(browser.find(By.id("createdCount")).getText()).endsWith("2");
        assertThat(browser.find(By.id("skippedCount")).getText()).endsWith("3");
        assertThat(browser.find(By.id("messages")).getText()).contains("Import zakończony. Utworzono: 2");
        assertThat(browser.find(By.id("resultForm:saved")).getText()).contains(first).contains(second);
        assertThat(accessibilityProblems(browser)).as("result").isEmpty();

        browser.open("/staff/members.xhtml").type("filters:text", tag).click("filters:searchButton").awaitAjax();
        String list = browser.find(By.id("results:members")).getText();
        assertThat(list).contains(first).contains(second).doesNotContain("Powtórzona").doesNotContain("Zły NIP");
        assertThat(browser.driver().findElements(By.cssSelector("#results\\:members tbody tr"))).hasSize(2);
        browser.clickLink(first);
        assertThat(browser.heading()).isEqualTo(first);
    }

    @Test
    void aFileThatLiesAboutItsTypeGetsAMessageAndNothingElse(Browser browser) throws IOException {
        browser.signIn("staff", "demo-password");
        browser.open("/staff/import.xhtml");
        upload(browser, file("udaje.xlsx", (HEADER + "\r\n" + line(TestData.nip(), "Tekst")).getBytes(StandardCharsets.UTF_8)));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Zawartość pliku nie zgadza się z jego nazwą"));
        assertThat(browser.heading()).isEqualTo("Import członków i osób kontaktowych");
        assertThat(browser.driver().findElements(By.id("previewForm"))).isEmpty();
    }

    /**
     * Chooses an option of a select menu by clicking it in the opened list, as a user does, so that the menu's
     * change event (and its Ajax) fires; {@link Browser#choose} sets the value silently.
     */
    private static void pick(Browser browser, String id, String label) {
        By panel = By.id(id + "_panel");
        By item = By.xpath("//*[@id='" + id + "_panel']//li[normalize-space(.)='" + label + "']");
        // the list opens with an animation: a click that lands while it moves is lost, so try until it is chosen
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).pollingEvery(Duration.ofMillis(500)).until(d -> {
            if (label.equals(d.findElement(By.id(id + "_label")).getText().trim())) {
                return true;
            }
            if (!d.findElement(panel).isDisplayed()) {
                d.findElement(By.id(id)).click();
                return false;
            }
            d.findElement(item).click();
            return false;
        });
        browser.awaitAjax();
    }

    /**
     * axe-core's serious and critical WCAG 2.1 AA violations of the page as it is now, and raw message keys. The
     * layout's global message list is left out: PrimeFaces renders an info message there as a list item with
     * role="alert" (axe "list"), the same on every page that shows one; it is not this page's markup.
     */
    private static List<String> accessibilityProblems(Browser browser) {
        browser.awaitAjax();
        // the "working" overlay fades out after the request: check the page once it is gone
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".ui-blockui-content"))
                .stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed));
        List<String> problems = new java.util.ArrayList<>();
        if (browser.driver().findElement(By.tagName("body")).getText().contains("???")) {
            problems.add("a raw message key");
        }
        for (Rule rule : new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver()).getViolations()) {
            if (Set.of("serious", "critical").contains(rule.getImpact())) {
                rule.getNodes().forEach(n -> problems.add(rule.getId() + " " + n.getTarget() + " " + n.getFailureSummary()));
            }
        }
        return problems;
    }
}
