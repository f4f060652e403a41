package pl.klaster.portal.service.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One outreach activity as an all-day event of an iCalendar feed ({@link ICalendar}). {@code uid} stays the same
 * across exports (e.g. {@code activity-123@portal.example.pl}), so a subscribed calendar updates the event instead
 * of adding a copy. {@code end} is the last day of the activity, inclusive, as people say it; the writer turns it
 * into the exclusive end that RFC 5545 wants. {@code description}, {@code location} ("Chicago, United States",
 * "Online"), {@code url} (absolute link to the activity's page) and {@code lastModified} may be null.
 */
public record CalendarEvent(String uid, LocalDate start, LocalDate end, String summary, String description,
                            String location, String url, OffsetDateTime lastModified) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("An event cannot end (" + end + ") before it starts (" + start + ")");
        }
    }
}
