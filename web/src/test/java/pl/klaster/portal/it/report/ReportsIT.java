package pl.klaster.portal.it.report;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.it.support.AsBoard;
import pl.klaster.portal.it.support.AsMember;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.Caller;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.service.outreach.FunnelRow;
import pl.klaster.portal.service.platform.DatabaseMigration;
import pl.klaster.portal.service.platform.generator.DataGenerator;
import pl.klaster.portal.service.report.Dashboard;
import pl.klaster.portal.service.report.DashboardService;
import pl.klaster.portal.service.report.ReportFilter;
import pl.klaster.portal.service.report.ReportKind;
import pl.klaster.portal.service.report.ReportService;
import pl.klaster.portal.service.report.ReportText;
import pl.klaster.portal.service.report.YearFigures;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.RowKind;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reports in the real container: every dashboard figure equals its report's total, and every total equals the
 * sum of its report's rows, for this year and the last, on the demo data and on a generated cluster; management and staff may read them, a
 * member may not.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ReportsIT.class);
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;
    @Inject
    DashboardService dashboards;
    @Inject
    ReportService reports;
    @Inject
    AsBoard asBoard;
    @Inject
    AsStaff asStaff;
    @Inject
    AsMember asMember;

    @Test
    void dashboardFiguresEqualReportTotalsEqualTheSumOfTheirRows() throws Exception {
        int year = LocalDate.now().getYear();
        for (int y : new int[]{year, year - 1}) {
            reconcile(asBoard, y);
        }
    }

    /** The checks, for one year: also used on generated data. */
    static void reconcile(Caller caller, int year) throws Exception {
        DashboardService dashboards = lookup(DashboardService.class);
        ReportService reports = lookup(ReportService.class);
        Dashboard dashboard = caller.call(() -> dashboards.dashboard(year));
        YearFigures now = dashboard.current();
        ReportFilter filter = ReportFilter.year(year);

        List<ReportRow> eccp = caller.call(() -> reports.list(ReportKind.ECCP, filter, Integer.MAX_VALUE));
        assertEquals(now.members(), (long) total(eccp).cell(1), "dashboard members = ECCP total");
        assertEquals(now.members(), sumLong(eccp, 1), "ECCP total = sum of its rows");
        assertEquals(dashboard.previous().members(), (long) total(eccp).cell(3), "the previous year's members too");
        assertEquals(now.members(), now.byType().values().stream().mapToLong(Long::longValue).sum(), "members by type add up");
        assertEquals(now.members(), now.bySize().values().stream().mapToLong(Long::longValue).sum(), "members by size add up");
        assertEquals(now.members(), now.byVoivodeship().values().stream().mapToLong(Long::longValue).sum());

        List<ReportRow> esca = caller.call(() -> reports.list(ReportKind.ESCA, filter, Integer.MAX_VALUE));
        assertEquals(BigDecimal.valueOf(now.members()), sheetValue(esca, "report.esca.members"));
        assertEquals(BigDecimal.valueOf(now.joins()), sheetValue(esca, "report.esca.joins"));
        assertEquals(BigDecimal.valueOf(now.leaves()), sheetValue(esca, "report.esca.leaves"));
        assertEquals(BigDecimal.valueOf(now.fundedProjects()), sheetValue(esca, "report.esca.projects"));
        assertEquals(0, now.feesCollected().compareTo(sheetValue(esca, "report.esca.feesCollected")));
        long ofTypes = esca.stream().filter(r -> r.cell(0) instanceof ReportText t && t.key().equals("report.sheet.ofType"))
                .mapToLong(r -> ((BigDecimal) r.cell(2)).longValueExact()).sum();
        assertEquals(now.members(), ofTypes, "the member types of the ESCA sheet add up to its members");

        List<ReportRow> kkk = caller.call(() -> reports.list(ReportKind.KKK, filter, Integer.MAX_VALUE));
        assertEquals(BigDecimal.valueOf(now.members()), sheetValue(kkk, "report.kkk.members"));
        assertEquals(BigDecimal.valueOf(now.jointRdProjects()), sheetValue(kkk, "report.kkk.jointRdProjects"));
        assertEquals(BigDecimal.valueOf(now.funnelTotal().meetings()), sheetValue(kkk, "report.kkk.b2bMeetings"));

        List<ReportRow> fees = caller.call(() -> reports.list(ReportKind.FEES, filter, Integer.MAX_VALUE));
        ReportRow feeTotal = total(fees);
        assertEquals(0, now.feesDue().compareTo((BigDecimal) feeTotal.cell(5)), "dashboard fees due = fee report's total");
        assertEquals(0, now.feesCollected().compareTo((BigDecimal) feeTotal.cell(6)), "dashboard fees collected = fee report's total");
        assertEquals(0, sumDecimal(fees, RowKind.DATA, 5).compareTo((BigDecimal) feeTotal.cell(5)), "the fee rows add up to the total");
        assertEquals(0, sumDecimal(fees, RowKind.DATA, 6).compareTo((BigDecimal) feeTotal.cell(6)));
        assertEquals(0, sumDecimal(fees, RowKind.SUBTOTAL, 5).compareTo((BigDecimal) feeTotal.cell(5)), "so do the subtotals");
        assertEquals(0, sumDecimal(fees, RowKind.DATA, 7).compareTo((BigDecimal) feeTotal.cell(7)));
        long feeRows = fees.stream().filter(r -> r.kind() == RowKind.DATA).count();
        assertEquals(feeRows, ((Number) ((ReportText) feeTotal.cell(0)).arguments().get(0)).longValue(), "the total counts the rows");
        assertEquals(feeRows, caller.call(() -> reports.dataRowCount(ReportKind.FEES, filter)));

        List<ReportRow> participation = caller.call(() -> reports.list(ReportKind.PARTICIPATION, filter, Integer.MAX_VALUE));
        ReportRow participationTotal = total(participation);
        List<Object> counts = ((ReportText) participationTotal.cell(0)).arguments();
        assertEquals(now.membersInProjects(), ((Number) counts.get(0)).longValue(), "dashboard members in projects = matrix members");
        assertEquals(participation.stream().filter(r -> r.kind() == RowKind.SUBTOTAL).count(), now.membersInProjects(),
                "one subtotal per member");
        assertEquals(participation.stream().filter(r -> r.kind() == RowKind.DATA).count(), ((Number) counts.get(1)).longValue());
        assertEquals(0, sumDecimal(participation, RowKind.DATA, 5).compareTo(orZero(participationTotal.cell(5))));
        assertEquals(0, sumDecimal(participation, RowKind.SUBTOTAL, 6).compareTo(orZero(participationTotal.cell(6))));

        List<ReportRow> funnel = caller.call(() -> reports.list(ReportKind.FUNNEL, filter, Integer.MAX_VALUE));
        ReportRow funnelTotal = total(funnel);
        FunnelRow figures = now.funnelTotal();
        assertEquals(List.of(figures.activities(), figures.participations(), figures.meetings(), figures.leads(), figures.agreements()),
                List.of(funnelTotal.cell(1), funnelTotal.cell(2), funnelTotal.cell(3), funnelTotal.cell(4), funnelTotal.cell(5)),
                "dashboard outreach figures = funnel report's total");
        for (int column = 1; column <= 5; column++) {
            assertEquals((long) funnelTotal.cell(column), sumLong(funnel, column), "funnel column " + column + " adds up");
        }
        assertEquals(0, sumDecimal(funnel, RowKind.DATA, 6).compareTo((BigDecimal) funnelTotal.cell(6)));
        assertEquals(0, sumDecimal(funnel, RowKind.DATA, 7).compareTo((BigDecimal) funnelTotal.cell(7)));
        assertEquals(figures.activities(), now.activities(), "activities by type add up to the funnel's activities");
    }

    /**
     * The same checks on a generated cluster of 300 members with ten years of history, projects and outreach,
     * added to the demo data (the generator of the benchmark, from a fixed seed), for this year, the last and
     * one five years back. Only on the in-memory H2 database of this test class: on PostgreSQL every test class
     * shares one database, whose other tests expect the demo data alone.
     */
    @Test
    @DisabledIfEnvironmentVariable(named = "DB_URL", matches = ".*postgresql.*", disabledReason = "generated data only into this class's own H2 database")
    void onAGeneratedClusterTheFiguresStillAddUp() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> rows = DataGenerator.generate(connection, DataGenerator.Scale.small(300), 20261127L);
            assertEquals(300L, rows.get("member"), "the generated members");
        }
        int year = LocalDate.now().getYear();
        for (int y : new int[]{year, year - 1, year - 5}) {
            reconcile(asBoard, y);
        }
        assertTrue(asBoard.call(() -> dashboards.dashboard(year)).current().members() > 100, "the generated members count");
    }

    @Test
    void managementAndStaffReadReportsAndAMemberCannot() throws Exception {
        int year = LocalDate.now().getYear();
        asStaff.call(() -> dashboards.dashboard(year));
        asBoard.call(() -> reports.list(ReportKind.FEES, ReportFilter.year(year), 10));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> dashboards.dashboard(year)));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> reports.list(ReportKind.FEES, ReportFilter.year(year), 10)));
        assertThrows(EJBAccessException.class, () -> asMember.run(() -> reports.rows(ReportKind.ECCP, ReportFilter.year(year), r -> { })));
    }

    @Test
    void theDemoDataGivesTheFiguresItWasMadeFor() throws Exception {
        int year = LocalDate.now().getYear();
        Dashboard dashboard = asBoard.call(() -> dashboards.dashboard(year));
        assertTrue(dashboard.current().members() >= 13, "the demo cluster's members");
        assertTrue(dashboard.current().fundedProjects() >= 2);
        assertTrue(dashboard.current().funnelTotal().meetings() > 0, "outcomes reported after the demo activities");
        assertEquals(6, dashboard.membersTrend().size(), "six years of members for the line");
    }

    // ---- helpers ----

    private static <T> T lookup(Class<T> type) {
        return jakarta.enterprise.inject.spi.CDI.current().select(type).get();
    }

    private static ReportRow total(List<ReportRow> rows) {
        List<ReportRow> totals = rows.stream().filter(r -> r.kind() == RowKind.TOTAL).toList();
        assertEquals(1, totals.size(), "one total row");
        assertEquals(RowKind.TOTAL, rows.get(rows.size() - 1).kind(), "the total comes last");
        return totals.get(0);
    }

    private static long sumLong(List<ReportRow> rows, int column) {
        return rows.stream().filter(r -> r.kind() == RowKind.DATA).mapToLong(r -> ((Number) r.cell(column)).longValue()).sum();
    }

    private static BigDecimal sumDecimal(List<ReportRow> rows, RowKind kind, int column) {
        return rows.stream().filter(r -> r.kind() == kind).map(r -> orZero(r.cell(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal orZero(Object value) {
        return value == null ? BigDecimal.ZERO : (BigDecimal) value;
    }

    private static BigDecimal sheetValue(List<ReportRow> rows, String key) {
        List<BigDecimal> values = new ArrayList<>();
        rows.stream().filter(r -> r.cell(0) instanceof ReportText t && t.key().equals(key)).forEach(r -> values.add((BigDecimal) r.cell(2)));
        assertEquals(1, values.size(), key);
        return values.get(0);
    }
}
