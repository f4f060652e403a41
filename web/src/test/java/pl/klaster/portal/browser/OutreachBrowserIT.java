package pl.klaster.portal.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outreach in a real browser: a member registers its company for an upcoming B2B event with one of its people,
 * then reports the outcome of a trade mission it attended; staff see that outcome in the export funnel's line
 * for the mission's target market (USA); another company sees nothing of it.
 */
@ExtendWith(Browser.Extension.class)
class OutreachBrowserIT {

    private static final String UPCOMING = "Japońsko-polskie spotkania B2B Monozukuri";
    private static final String MISSION = "Misja gospodarcza do Ohio (Polymer Valley)";
    private static final String USA_ROW = "//table[@id='marketFunnel']//tr[@data-market='USA']";

    @Test
    void aMemberRegistersAndReportsAnOutcomeWhichStaffSeeInTheFunnel(Browser member, Browser staff, Browser other) {
        staff.signIn("staff", "demo-password");
        long meetingsBefore = usaFunnel(staff, 3);
        long leadsBefore = usaFunnel(staff, 4);

        member.signIn("member", "demo-password");
        member.open("/member/activities.xhtml");
        assertThat(member.find(By.id("activities")).getText()).contains(UPCOMING);
        member.clickLink(UPCOMING);
        assertThat(member.heading()).isEqualTo(UPCOMING);
        assertThat(member.find(By.id("ownForm:own")).getText()).contains("nie jest zgłoszona");
        member.click("registerForm:register").awaitAjax();
        assertThat(member.messageFor("registerForm:persons")).isNotBlank();
        member.find(By.xpath("//*[@id='registerForm:persons']//label[starts-with(normalize-space(.), 'Marek Członkowski')]")).click();
        member.click("registerForm:register").awaitAjax();
        assertThat(member.find(By.id("messages")).getText()).contains("Twoja firma została zgłoszona");
        assertThat(member.find(By.id("ownForm:own")).getText()).contains("Zgłoszona").contains("Marek Członkowski");
        assertThat(member.find(By.id("places")).getText()).startsWith("zajęte 2 z 12");

        member.open("/member/activities.xhtml");
        member.find(By.xpath("//*[@id='own:registrations']//tr[contains(., '" + MISSION + "')]//a[normalize-space(.)='Podaj efekty']")).click();
        assertThat(member.heading()).isEqualTo(MISSION);
        assertThat(member.find(By.id("outcomeForm")).getText()).contains("Podaj efekty");
        member.type("outcomeForm:meetings_input", "7")
                .type("outcomeForm:contacts_input", "11")
                .type("outcomeForm:leads_input", "3")
                .type("outcomeForm:agreements_input", "1")
                .type("outcomeForm:exportAmount_input", "25000")
                .tick("outcomeForm:countries", "Stany Zjednoczone");
        member.click("outcomeForm:saveOutcome").awaitAjax();
        assertThat(member.find(By.id("messages")).getText()).contains("raport efektów został zapisany");
        assertThat(member.find(By.id("outcomeForm")).getText()).contains("Popraw raport efektów");

        assertThat(usaFunnel(staff, 3)).isEqualTo(meetingsBefore + 7);
        assertThat(usaFunnel(staff, 4)).isEqualTo(leadsBefore + 3);
        staff.open("/staff/activities.xhtml");
        staff.type("filters:text", "Ohio");
        staff.find(By.xpath("//*[@id='filters:includePast']//div[contains(@class,'ui-chkbox-box')]")).click();
        staff.click("filters:searchButton").awaitAjax();
        staff.clickLink(MISSION);
        assertThat(staff.find(By.id("outcomes")).getText()).contains("Polimer-Bydgoszcz").contains("Stany Zjednoczone");

        other.signIn("member2", "demo-password");
        other.open("/member/activities.xhtml");
        other.clickLink(MISSION);
        assertThat(other.find(By.id("ownForm:own")).getText()).contains("Małgorzata Narzędziowa").doesNotContain("Marek");
        assertThat(other.text()).doesNotContain("25 000");
    }

    @Test
    void staffPlanAnActivityThatTheCalendarAndItsIcsFileShow(Browser staff) throws Exception {
        String title = "Misja do Nagoi " + System.nanoTime();
        LocalDate start = LocalDate.now().plusDays(1);
        staff.signIn("staff", "demo-password");
        staff.open("/staff/activity-edit.xhtml");
        staff.choose("form:type", "Misja gospodarcza");
        staff.type("form:titlePl", title).type("form:titleEn", title + " (EN)");
        staff.tick("form:markets", "Japonia");
        staff.date("form:startDate_input", start);
        staff.date("form:endDate_input", start.plusDays(3));
        staff.date("form:deadline_input", start.plusDays(2));
        staff.type("form:city", "Nagoja").choose("form:country", "Japonia");
        staff.type("form:capacity_input", "4").type("form:costAmount_input", "2500");
        staff.submit("form:save");
        assertThat(staff.messageFor("form:deadline")).contains("Termin zgłoszeń nie może być późniejszy");

        staff.date("form:deadline_input", start);
        staff.submit("form:save");
        assertThat(staff.find(By.id("messages")).getText()).contains("zostało zaplanowane");
        assertThat(staff.heading()).isEqualTo(title);
        assertThat(staff.find(By.id("places")).getText()).isEqualTo("zajęte 0 z 4, na liście rezerwowej 0");
        String icsPath = java.net.URI.create(staff.find(By.id("icsOne")).getAttribute("href")).getPath();

        staff.open("/staff/calendar.xhtml");
        staff.find(By.xpath("//*[@id='calendarForm:calendar']//*[contains(@class,'fc-event')][contains(., '" + title + "')]"));

        Browser.Download ics = staff.download(icsPath);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics.text()));
        java.util.List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events).hasSize(1);
        net.fortuna.ical4j.model.component.VEvent event = events.get(0);
        assertThat(property(event, "SUMMARY")).isEqualTo(title);
        assertThat(property(event, "LOCATION")).isEqualTo("Nagoja, Japonia");
        assertThat(property(event, "DTSTART")).isEqualTo(start.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(property(event, "DTEND")).as("the day after the last, as iCalendar counts")
                .isEqualTo(start.plusDays(4).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
    }

    private static String property(net.fortuna.ical4j.model.component.VEvent event, String name) {
        return event.<net.fortuna.ical4j.model.Property>getProperty(name).map(net.fortuna.ical4j.model.Property::getValue).orElse(null);
    }

    /** A figure of the USA line of the funnel (column 3: B2B meetings, 4: leads) over the year around today. */
    private static long usaFunnel(Browser staff, int column) {
        staff.open("/reports/funnel.xhtml");
        staff.date("filters:from_input", LocalDate.now().minusYears(1)).date("filters:to_input", LocalDate.now().plusYears(1));
        staff.click("filters:show").awaitAjax();
        return Long.parseLong(staff.find(By.xpath(USA_ROW + "/td[" + column + "]")).getText().trim());
    }
}
