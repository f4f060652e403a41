package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Projects in a real browser: a member applies to an open project and sees the application pending; staff approve
 * it from the queue and the applicant's mail arrives; the member sees it approved; another company sees nothing
 * of it.
 */
@ExtendWith(Browser.Extension.class)
class ProjectsBrowserIT {

    private static final String PROJECT = "Rozwój technologii wytwarzania kompozycji polimerowych z recyklatem gumy oponowej"
            + " w kierunku poszukiwania nowych produktów";

    @Test
    void anApplicationGoesFromPendingToApprovedWithAMailAndStaysInvisibleToOthers(Browser member, Browser staff,
                                                                                   Browser other, MailServer mail) {
        member.signIn("member", "demo-password");
        member.open("/member/projects.xhtml");
        assertThat(member.find(By.id("open")).getText()).contains(PROJECT).contains("pasuje do Twojej firmy");
        member.clickLink(PROJECT);
        String projectUrl = member.driver().getCurrentUrl();
        member.type("applyForm:motivation", "Mamy wtryskarki i doświadczenie z recyklatem.");
        member.type("applyForm:effort_input", "15");
        member.click("applyForm:apply").awaitAjax();
        assertThat(member.find(By.id("messages")).getText()).contains("Zgłoszenie zostało wysłane");
        assertThat(member.find(By.id("own")).getText()).contains("Oczekuje");

        staff.signIn("staff", "demo-password");
        staff.open("/staff/applications.xhtml");
        staff.find(By.xpath("//*[@id='queueForm:queue']//tr[contains(., 'Polimer-Bydgoszcz') and contains(., 'recyklatem gumy')]"
                + "//button[normalize-space(.)='Zatwierdź']")).click();
        staff.awaitAjax().choose("approveForm:role", "Zakład pilotażowy");
        staff.click("approveForm:save").awaitAjax();
        assertThat(staff.find(By.id("messages")).getText()).contains("zostało zatwierdzone");

        String approval = mail.awaitMailTo("marek@polimer-bydgoszcz.example", Duration.ofSeconds(30)).orElseThrow();
        assertThat(approval).contains("zostało zatwierdzone").contains(PROJECT);

        member.driver().get(projectUrl);
        assertThat(member.find(By.id("own")).getText()).contains("Zatwierdzony").contains("Zakład pilotażowy");

        other.signIn("member2", "demo-password");
        other.driver().get(projectUrl);
        assertThat(other.heading()).isEqualTo(PROJECT);
        assertThat(other.find(By.id("own")).getText()).doesNotContain("Zatwierdzony").contains("nie zgłosiła się");
        other.open("/member/projects.xhtml");
        assertThat(other.text()).doesNotContain("Polimer").doesNotContain("Zakład pilotażowy");
    }

    /**
     * Issue 24, finding 12: a refused document says why, in the user's language, next to the upload, and the widget
     * takes the next file: a type the portal does not take, a file over 20 MB (refused in the browser before it is
     * sent; before, a 25 MB file answered 500 and left the widget stuck), a file whose content is not what its name
     * says (refused by the server, the message on the field).
     */
    @Test
    void finding12_aRefusedDocumentUploadSaysWhyAndTheNextOneIsAttached(Browser staff, @TempDir Path dir) throws IOException {
        staff.signIn("staff", "demo-password");
        staff.open("/staff/projects.xhtml");
        staff.clickLink(PROJECT);
        staff.find(By.xpath("//a[normalize-space(.)='Dokumenty']")).click();
        By documents = By.id("tabs:documentsForm");

        upload(staff, Files.writeString(dir.resolve("notatki.txt"), "notatki"));
        awaitText(staff, documents, "Pliku „notatki.txt” nie można przyjąć: ten typ pliku nie jest dozwolony");

        Path big = dir.resolve("duzy.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
            file.setLength(25L * 1024 * 1024);
        }
        upload(staff, big);
        awaitText(staff, documents, "Plik „duzy.pdf” jest za duży (najwyżej 20");

        upload(staff, Files.writeString(dir.resolve("udaje.pdf"), "MZ to nie jest PDF"));
        awaitText(staff, documents, "jego zawartość nie jest dokumentem PDF");

        upload(staff, Files.write(dir.resolve("protokol.pdf"), "%PDF-1.4\n% protokół\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        awaitText(staff, By.id("messages"), "Dokument protokol.pdf został dołączony.");
        assertThat(staff.find(documents).getText()).contains("protokol.pdf").doesNotContain("udaje.pdf").doesNotContain("duzy.pdf");
    }

    private static void upload(Browser browser, Path file) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("tabs:documentsForm:document_input")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.awaitAjax();
    }

    private static void awaitText(Browser browser, By where, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> d.findElement(where).getText().contains(text));
    }
}
