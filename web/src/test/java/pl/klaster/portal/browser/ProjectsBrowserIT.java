package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
}
