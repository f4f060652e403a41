package pl.klaster.portal.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.service.outreach.OutreachService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/** The management dashboard: a year's figures beside the previous year's, from the same queries as the reports. */
@Stateless
@RolesAllowed({MANAGEMENT, STAFF, ADMIN})
public class DashboardService {

    /** How many years the membership line goes back. */
    static final int TREND_YEARS = 6;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private OutreachService outreach;

    public Dashboard dashboard(int year) {
        ReportFilter filter = ReportFilter.year(year);
        Figures figures = new Figures(em);
        List<Dashboard.TrendPoint> trend = new ArrayList<>();
        for (int y = year - TREND_YEARS + 1; y <= year; y++) {
            trend.add(new Dashboard.TrendPoint(y, figures.members(ReportFilter.year(y).day(), null, null)));
        }
        return new Dashboard(year, figures(filter), figures(filter.previousYear()), trend);
    }

    YearFigures figures(ReportFilter filter) {
        Figures f = new Figures(em);
        LocalDate day = filter.day();
        LocalDate from = filter.start();
        LocalDate to = filter.end();
        BigDecimal[] fees = f.fees(to.getYear());
        List<YearFigures.Sector> sectors = f.sectors(day, 10).stream()
                .map(r -> new YearFigures.Sector((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue())).toList();
        List<YearFigures.Budget> budgets = f.budgets(from, to).entrySet().stream()
                .map(e -> new YearFigures.Budget(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        List<YearFigures.IndicatorSum> indicators = f.indicators(from, to).stream()
                .map(r -> new YearFigures.IndicatorSum((String) r[0], (String) r[1], Figures.money(r[2]), Figures.money(r[3]),
                        ((Number) r[4]).longValue())).toList();
        return new YearFigures(to.getYear(), f.members(day, null, null), f.membersBy("member_type", day), f.membersBy("size_class", day),
                f.smeMembers(day), f.membersBy("voivodeship", day), sectors, f.joins(from, to), f.leaves(from, to), fees[0], fees[1],
                f.projectsBy("status", from, to), f.projectsBy("kind", from, to), f.projectsBy("programme", from, to), budgets,
                f.fundedProjects(from, to, false), f.membersInProjects(from, to, null), f.jointProjects(from, to, List.of("RD")),
                f.activitiesByType(from, to), outreach.funnelByMarket(from, to), outreach.funnelTotal(from, to), indicators);
    }
}
