package pl.klaster.portal.service.outreach;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Writes outreach activities as an RFC 5545 iCalendar feed (.ics) that calendar programs subscribe to or import:
 * one all-day VEVENT per activity, published (METHOD:PUBLISH) and shown as free time (TRANSP:TRANSPARENT), so an
 * activity in a member's calendar never blocks their own meetings. Pure Java, no state: the time of the export
 * is passed in, so the output is repeatable in tests.
 */
public final class ICalendar {

    /** The Content-Type to serve the output with. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    static final String PRODID = "-//Klaster Portal//Outreach//EN";

    /** §3.1: a content line is at most 75 octets, not counting its CRLF. */
    static final int MAX_LINE_OCTETS = 75;

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    /**
     * The whole calendar, CRLF line endings, lines folded at 75 UTF-8 octets; encode it as UTF-8.
     *
     * @param calendarName shown by calendar programs as the feed's name (X-WR-CALNAME); null for none
     * @param now          the time of the export, written as every event's DTSTAMP
     */
    public static String write(List<CalendarEvent> events, String calendarName, OffsetDateTime now) {
        Objects.requireNonNull(events, "events");
        String stamp = utc(Objects.requireNonNull(now, "now"));
        StringBuilder out = new StringBuilder(512 + 512 * events.size());
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (calendarName != null && !calendarName.isBlank()) {
            line(out, "X-WR-CALNAME:" + text(calendarName));
        }
        for (CalendarEvent event : events) {
            event(out, event, stamp);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** As {@link #write(List, String, OffsetDateTime)}, taking the time of the export from the clock. */
    public static String write(List<CalendarEvent> events, String calendarName, Clock clock) {
        return write(events, calendarName, OffsetDateTime.now(clock));
    }

    private static void event(StringBuilder out, CalendarEvent event, String stamp) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(event.uid()));
        line(out, "DTSTAMP:" + stamp);
        line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.start()));
        // DTEND of an all-day event is exclusive: the day after the last day
        line(out, "DTEND;VALUE=DATE:" + DATE.format(event.end().plusDays(1)));
        line(out, "SUMMARY:" + text(event.summary()));
        if (present(event.description())) {
            line(out, "DESCRIPTION:" + text(event.description()));
        }
        if (present(event.location())) {
            line(out, "LOCATION:" + text(event.location()));
        }
        if (present(event.url())) {
            line(out, "URL:" + uri(event.url()));
        }
        if (event.lastModified() != null) {
            line(out, "LAST-MODIFIED:" + utc(event.lastModified()));
        }
        line(out, "TRANSP:TRANSPARENT");
        line(out, "END:VEVENT");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String utc(OffsetDateTime time) {
        return UTC_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * A TEXT value (§3.3.11): backslash, semicolon and comma escaped, every line break (CRLF, CR or LF) as
     * {@code \n}; other control characters, which TEXT does not allow, are dropped (a tab stays).
     */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || !Character.isISOControl(c)) {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A URI value (§3.3.13) is written as it is; a control character in it could start a forged property. */
    private static String uri(String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A URL must not contain control characters");
        }
        return value;
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }

    /**
     * Folds a content line (§3.1) so that no physical line is longer than 75 octets of UTF-8: a continuation
     * line starts with a single space, which counts towards its 75. Breaks fall between code points only, so a
     * multi-byte character (ą, ż, an emoji) is never cut in two.
     */
    static String fold(String contentLine) {
        StringBuilder folded = new StringBuilder(contentLine.length() + 8);
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
