package pl.klaster.portal.service.outreach;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feed is read back by a real parser (ical4j), so "valid iCalendar" is checked by someone else's code. */
class ICalendarTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 14, 10, 30, 15, 0, ZoneOffset.ofHours(1));

    private static final String LONG_DESCRIPTION = """
            Misja gospodarcza do Stanów Zjednoczonych: spotkania B2B z dystrybutorami, wizyta w zakładach \
            produkcyjnych; udział w targach branżowych, seminarium "Eksport do USA, krok po kroku".
            Zgłoszenia: do 30 kwietnia; liczba miejsc ograniczona, decyduje kolejność zgłoszeń.
            Ścieżka: C:\\misje\\2026 – żółć, gęś, łąka, źdźbło; ąęłńóśźż ĄĘŁŃÓŚŹŻ.""";

    private static final CalendarEvent MISSION = new CalendarEvent("activity-101@portal.example.pl",
            LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 15),
            "Misja gospodarcza: Chicago, Illinois; przemysł maszynowy – łożyska, śruby, źródła zasilania",
            LONG_DESCRIPTION, "Chicago, United States", "https://portal.example.pl/outreach/activity/101?lang=pl&x=1,2",
            OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(2)));

    private static final CalendarEvent WEBINAR = new CalendarEvent("activity-102@portal.example.pl",
            LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 2),
            "Webinar: export to Canada", null, "Online", null, null);

    private static final CalendarEvent FAIR = new CalendarEvent("activity-103@portal.example.pl",
            LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2),
            "Targi Hannover Messe", "Stoisko klastra, hala 17.", "Hannover, Germany",
            "https://portal.example.pl/outreach/activity/103", null);

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, VEvent> eventsByUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
    }

    private static Optional<String> value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue);
    }

    private static Object date(VEvent event, String property) {
        return event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
    }

    @Test
    void writesEveryActivityAsAnAllDayEventThatARealParserReadsBack() throws Exception {
        String ics = ICalendar.write(List.of(MISSION, WEBINAR, FAIR), "Klaster – wydarzenia", NOW);

        Calendar calendar = parse(ics);
        assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(calendar.<Property>getProperty(Property.PRODID).orElseThrow().getValue())
                .isEqualTo("-//Klaster Portal//Outreach//EN");
        assertThat(calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.<Property>getProperty(Property.CALSCALE).orElseThrow().getValue()).isEqualTo("GREGORIAN");
        assertThat(calendar.<Property>getProperty("X-WR-CALNAME").orElseThrow().getValue())
                .isEqualTo("Klaster – wydarzenia");

        Map<String, VEvent> events = eventsByUid(calendar);
        assertThat(events).hasSize(3)
                .containsOnlyKeys(MISSION.uid(), WEBINAR.uid(), FAIR.uid());

        VEvent mission = events.get(MISSION.uid());
        assertThat(value(mission, Property.SUMMARY)).contains(MISSION.summary());
        assertThat(value(mission, Property.DESCRIPTION)).contains(LONG_DESCRIPTION);
        assertThat(value(mission, Property.LOCATION)).contains("Chicago, United States");
        assertThat(value(mission, Property.URL)).contains(MISSION.url());
        assertThat(value(mission, Property.TRANSP)).contains("TRANSPARENT");
        assertThat(date(mission, Property.DTSTART)).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(date(mission, Property.DTEND)).isEqualTo(LocalDate.of(2026, 5, 16));
        assertThat(date(mission, Property.DTSTAMP)).isEqualTo(Instant.parse("2026-03-14T09:30:15Z"));
        assertThat(date(mission, Property.LAST_MODIFIED)).isEqualTo(Instant.parse("2026-03-01T06:00:00Z"));

        VEvent webinar = events.get(WEBINAR.uid());
        assertThat(value(webinar, Property.SUMMARY)).contains("Webinar: export to Canada");
        assertThat(value(webinar, Property.LOCATION)).contains("Online");
        assertThat(value(webinar, Property.DESCRIPTION)).isEmpty();
        assertThat(value(webinar, Property.URL)).isEmpty();
        assertThat(value(webinar, Property.LAST_MODIFIED)).isEmpty();
        assertThat(date(webinar, Property.DTSTART)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(date(webinar, Property.DTEND)).isEqualTo(LocalDate.of(2026, 4, 3));

        VEvent fair = events.get(FAIR.uid());
        assertThat(value(fair, Property.DESCRIPTION)).contains("Stoisko klastra, hala 17.");
        assertThat(date(fair, Property.DTSTART)).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(date(fair, Property.DTEND)).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void everyLineEndsWithCrlfAndHoldsAtMost75Utf8Octets() {
        String ics = ICalendar.write(List.of(MISSION, WEBINAR, FAIR), "Klaster – wydarzenia", NOW);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Klaster Portal//Outreach//EN\r\n")
                .endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r", "\n");
        String[] lines = ics.split("\r\n");
        assertThat(lines).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(lines).filter(line -> line.startsWith(" "))).as("the long lines are folded").isNotEmpty();
        assertThat(lines).contains("DTSTART;VALUE=DATE:20260511", "DTEND;VALUE=DATE:20260516",
                "DTSTAMP:20260314T093015Z", "LAST-MODIFIED:20260301T060000Z", "TRANSP:TRANSPARENT");
        // unfolding (drop every CRLF + space) gives back the escaped text
        assertThat(ics.replace("\r\n ", "")).contains("LOCATION:Chicago\\, United States\r\n")
                .contains("C:\\\\misje\\\\2026")
                .contains("B2B z dystrybutorami\\, wizyta")
                .contains("kroku\".\\nZgłoszenia: do 30 kwietnia\\; liczba");
    }

    @Test
    void foldsBetweenCharactersNeverInsideOne() {
        for (int prefix = 0; prefix < 8; prefix++) {
            String line = "SUMMARY:" + "x".repeat(prefix) + "ąęłśżźćńó😀".repeat(20);
            String folded = ICalendar.fold(line);
            for (String physical : folded.split("\r\n")) {
                byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
                assertThat(bytes.length).isLessThanOrEqualTo(75);
                assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical);
                assertThat(physical).doesNotContain("\uFFFD", "?");
            }
            assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        }
        assertThat(ICalendar.fold("x".repeat(75))).isEqualTo("x".repeat(75));
        assertThat(ICalendar.fold("x".repeat(76))).isEqualTo("x".repeat(75) + "\r\n x");
        assertThat(ICalendar.fold("x".repeat(74) + "ą")).isEqualTo("x".repeat(74) + "\r\n ą");
    }

    @Test
    void escapesTextAsRfc5545Says() {
        assertThat(ICalendar.text("a\\b;c,d\ne\r\nf\rg\th\u0007i")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng\th" + "i");
    }

    @Test
    void anEmptyListIsAValidCalendarWithNoEvents() throws Exception {
        String ics = ICalendar.write(List.of(), null, Clock.fixed(NOW.toInstant(), ZoneId.of("Europe/Warsaw")));

        assertThat(ics).isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Klaster Portal//Outreach//EN\r\n"
                + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n");
        Calendar calendar = parse(ics);
        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
        assertThat(calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
    }

    @Test
    void refusesAnEventThatEndsBeforeItStartsAndAUrlThatCouldForgeAProperty() {
        assertThatThrownBy(() -> new CalendarEvent("a@b", LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1),
                "x", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        CalendarEvent forged = new CalendarEvent("a@b", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1),
                "x", null, null, "https://example.org/\r\nATTENDEE:mailto:x@example.org", null);
        assertThatThrownBy(() -> ICalendar.write(List.of(forged), null, NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
