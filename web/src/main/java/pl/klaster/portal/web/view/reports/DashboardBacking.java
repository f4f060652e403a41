package pl.klaster.portal.web.view.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.project.ProjectStatus;
import pl.klaster.portal.service.outreach.FunnelRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.report.Dashboard;
import pl.klaster.portal.service.report.DashboardService;
import pl.klaster.portal.service.report.YearFigures;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.i18n.LocaleBacking;
import pl.klaster.portal.web.view.charts.ChartJson;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /reports/dashboard.xhtml[?year=]}: the year's figures for management beside the previous year's, with
 * charts; each figure links to the report (or list) behind it, with the same filters.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The first year the selector offers. */
    private static final int FIRST_YEAR = 2000;

    @Inject
    private DashboardService dashboards;
    @Inject
    private LocaleBacking locale;

    private Integer year;
    private Dashboard dashboard;

    public void load() {
        int thisYear = LocalDate.now().getYear();
        if (year == null || year < FIRST_YEAR || year > thisYear + 1) {
            year = thisYear;
        }
        dashboard = dashboards.dashboard(year);
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now().getYear() + 1; y >= Math.max(FIRST_YEAR, LocalDate.now().getYear() - 15); y--) {
            years.add(y);
        }
        return years;
    }

    public YearFigures getNow() {
        return dashboard.current();
    }

    public YearFigures getBefore() {
        return dashboard.previous();
    }

    public List<MemberType> getMemberTypes() {
        return Arrays.asList(MemberType.values());
    }

    public List<SizeClass> getSizeClasses() {
        return Arrays.asList(SizeClass.values());
    }

    public List<ProjectStatus> getProjectStatuses() {
        return Arrays.asList(ProjectStatus.values());
    }

    public List<ActivityType> getActivityTypes() {
        return Arrays.asList(ActivityType.values());
    }

    // ---- charts (Chart.js configurations); the tables beside them are their text alternative ----

    public String getTypeChart() {
        return enumBars(MemberType.values(), getNow().byType(), getBefore().byType());
    }

    public String getSizeChart() {
        return ChartJson.pie()
                .labels(Arrays.stream(SizeClass.values()).map(FacesTexts::enumLabel).toList())
                .dataset(String.valueOf(year), Arrays.stream(SizeClass.values()).map(s -> getNow().count(getNow().bySize(), s.name())).toList())
                .toJson();
    }

    public String getTrendChart() {
        return ChartJson.line()
                .labels(dashboard.membersTrend().stream().map(p -> String.valueOf(p.year())).toList())
                .dataset(FacesTexts.text("dashboard.members"), dashboard.membersTrend().stream().map(Dashboard.TrendPoint::members).toList())
                .toJson();
    }

    public String getProjectStatusChart() {
        return enumBars(ProjectStatus.values(), getNow().projectsByStatus(), getBefore().projectsByStatus());
    }

    public String getActivityTypeChart() {
        return enumBars(ActivityType.values(), getNow().activitiesByType(), getBefore().activitiesByType());
    }

    public String getMarketChart() {
        List<FunnelRow> rows = getNow().funnelByMarket();
        return ChartJson.bar()
                .labels(rows.stream().map(this::marketName).toList())
                .dataset(FacesTexts.text("funnel.activities"), rows.stream().map(FunnelRow::activities).toList())
                .dataset(FacesTexts.text("funnel.participations"), rows.stream().map(FunnelRow::participations).toList())
                .dataset(FacesTexts.text("funnel.meetings"), rows.stream().map(FunnelRow::meetings).toList())
                .toJson();
    }

    public String getIndicatorChart() {
        List<YearFigures.IndicatorSum> rows = getNow().indicators();
        return ChartJson.bar().horizontal()
                .labels(rows.stream().map(r -> FacesTexts.text("enum.IndicatorType." + r.type()) + " (" + r.unit() + ")").toList())
                .dataset(FacesTexts.text("dashboard.indicator.planned"), rows.stream().map(YearFigures.IndicatorSum::planned).toList())
                .dataset(FacesTexts.text("dashboard.indicator.achieved"), rows.stream().map(YearFigures.IndicatorSum::achieved).toList())
                .toJson();
    }

    public String marketName(FunnelRow row) {
        return row.key() == OutreachService.NO_MARKET ? FacesTexts.text("funnel.noMarket") : row.name(locale.getLanguage());
    }

    private String enumBars(Enum<?>[] values, java.util.Map<String, Long> now, java.util.Map<String, Long> before) {
        return ChartJson.bar()
                .labels(Arrays.stream(values).map(FacesTexts::enumLabel).toList())
                .dataset(String.valueOf(year), Arrays.stream(values).map(v -> getNow().count(now, v.name())).toList())
                .dataset(String.valueOf(year - 1), Arrays.stream(values).map(v -> getBefore().count(before, v.name())).toList())
                .toJson();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
