package pl.klaster.portal.service.outreach;

import pl.klaster.portal.domain.outreach.ActivityType;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the activity list: part of a title, a type, a target market, and a date range (null = any). */
public record ActivityFilter(String text, ActivityType type, Long marketId, LocalDate from, LocalDate to) implements Serializable {

    public static ActivityFilter none() {
        return new ActivityFilter(null, null, null, null, null);
    }
}
