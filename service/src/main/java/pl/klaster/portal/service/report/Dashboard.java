package pl.klaster.portal.service.report;

import java.io.Serializable;
import java.util.List;

/**
 * The management dashboard for a year: that year's figures beside the previous year's, and the number of members
 * at the end of each of the last years (the line over years).
 */
public record Dashboard(int year, YearFigures current, YearFigures previous, List<TrendPoint> membersTrend) implements Serializable {

    /** Members at the end of a year (or today for the current year). */
    public record TrendPoint(int year, long members) implements Serializable {
    }
}
