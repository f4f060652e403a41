package pl.klaster.portal.service.report;

import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The filters of a report; each report uses those that fit it (see {@link ReportService}). The period is a year,
 * or a date range when both dates are given; the figures "on a day" are taken on the period's last day, or today
 * when the period has not ended yet.
 */
public record ReportFilter(int year, LocalDate from, LocalDate to, MemberType memberType, SizeClass sizeClass, Long programmeId)
        implements Serializable {

    public static ReportFilter year(int year) {
        return new ReportFilter(year, null, null, null, null, null);
    }

    public LocalDate start() {
        return from != null && to != null ? from : LocalDate.of(year, 1, 1);
    }

    public LocalDate end() {
        return from != null && to != null ? to : LocalDate.of(year, 12, 31);
    }

    /** The day on which membership is counted: the period's last day, or today if that is still to come. */
    public LocalDate day() {
        LocalDate today = LocalDate.now();
        return end().isAfter(today) ? today : end();
    }

    /** The same filters for the year before (the dashboard's comparison). */
    public ReportFilter previousYear() {
        return new ReportFilter(year - 1, from == null ? null : from.minusYears(1), to == null ? null : to.minusYears(1),
                memberType, sizeClass, programmeId);
    }
}
