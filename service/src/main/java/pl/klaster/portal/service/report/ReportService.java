package pl.klaster.portal.service.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import pl.klaster.portal.domain.fee.FeeStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.domain.project.ParticipationStatus;
import pl.klaster.portal.service.outreach.FunnelRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportRow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * The six management reports, read-only, for management and staff. Each report is its columns and its rows;
 * the rows are handed to a consumer one by one (a page collects some, an export writes them straight to the
 * response), read from the database in batches, so a report of any size is never in memory as a whole. The
 * figures come from {@link Figures}, the same queries as the dashboard's, so the two always agree; subtotals
 * and totals are database aggregates too, never sums made while rows pass by.
 * <p>
 * Text cells that depend on the reader's language are {@link ReportText}s or enum values; column headings are
 * message keys. The web layer turns both into words.
 */
@Stateless
@RolesAllowed({MANAGEMENT, STAFF, ADMIN})
public class ReportService {

    /** Rows read from the database at a time by the long reports. */
    static final int BATCH = 500;

    private static final String FEE_STATUS = "CASE WHEN f.id IS NULL THEN 'NONE' WHEN f.amount_paid >= f.amount_due THEN 'PAID'"
            + " WHEN f.due_on < ?3 THEN 'OVERDUE' WHEN f.amount_paid > 0 THEN 'PARTIAL' ELSE 'UNPAID' END";
    /** The order of the fee groups: paid, partly paid, unpaid, overdue, no fee (the same cases as {@link #FEE_STATUS}). */
    private static final String FEE_RANK = "CASE WHEN f.id IS NULL THEN 5 WHEN f.amount_paid >= f.amount_due THEN 1"
            + " WHEN f.due_on < ?3 THEN 4 WHEN f.amount_paid > 0 THEN 2 ELSE 3 END";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private OutreachService outreach;

    /** The columns of a report; their labels are message keys. */
    public List<Column> columns(ReportKind kind) {
        return switch (kind) {
            case ECCP -> List.of(Column.text("report.col.category"), Column.integer("report.col.members"),
                    Column.percent("report.col.share"), Column.integer("report.col.previousYear"));
            case ESCA, KKK -> List.of(Column.text("report.col.indicator"), Column.text("report.col.unit"),
                    Column.decimal("report.col.value"), Column.decimal("report.col.previousYear"));
            case FEES -> List.of(Column.text("report.col.member"), Column.text("report.col.nip"), Column.text("report.col.memberType"),
                    Column.text("report.col.sizeClass"), Column.text("report.col.feeStatus"), Column.money("report.col.due", "PLN"),
                    Column.money("report.col.paid", "PLN"), Column.money("report.col.outstanding", "PLN"));
            case PARTICIPATION -> List.of(Column.text("report.col.member"), Column.text("report.col.project"),
                    Column.text("report.col.programme"), Column.text("report.col.role"), Column.text("report.col.participationStatus"),
                    Column.decimal("report.col.plannedEffort"), Column.decimal("report.col.reportedEffort"));
            case FUNNEL -> List.of(Column.text("report.col.market"), Column.integer("report.col.activities"),
                    Column.integer("report.col.participations"), Column.integer("report.col.meetings"), Column.integer("report.col.leads"),
                    Column.integer("report.col.agreements"), Column.money("report.col.exportValue", "PLN"),
                    Column.money("report.col.exportValue", "EUR"));
        };
    }

    /** Hands every row of the report, in order (subtotals after their group, the total last), to the sink. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void rows(ReportKind kind, ReportFilter filter, Consumer<ReportRow> sink) {
        switch (kind) {
            case ECCP -> eccp(filter, sink);
            case ESCA -> esca(filter, sink);
            case KKK -> kkk(filter, sink);
            case FEES -> fees(filter, sink);
            case PARTICIPATION -> participation(filter, sink);
            case FUNNEL -> funnel(filter, sink);
        }
    }

    /** The report's rows as a list, at most {@code maxDataRows} data rows (with every subtotal and the total). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReportRow> list(ReportKind kind, ReportFilter filter, int maxDataRows) {
        List<ReportRow> rows = new ArrayList<>();
        int[] data = {0};
        rows(kind, filter, row -> {
            if (row.kind() != pl.klaster.portal.service.report.table.RowKind.DATA || data[0]++ < maxDataRows) {
                rows.add(row);
            }
        });
        return rows;
    }

    /** How many data rows the report has (to tell a reader the page shows only the first ones). */
    public long dataRowCount(ReportKind kind, ReportFilter filter) {
        return switch (kind) {
            case FEES -> count(query("SELECT COUNT(*) FROM member m LEFT JOIN member_fee f ON f.member_id = m.id AND f.fee_year = ?2"
                    + " WHERE ((" + Figures.MEMBER_ON + ") OR f.id IS NOT NULL)" + memberFilters(filter, 4),
                    filterParams(filter.day(), filter.end().getYear(), null, filter)));
            case PARTICIPATION -> count(query("SELECT COUNT(*) FROM participation x JOIN project p ON p.id = x.project_id"
                    + " JOIN member m ON m.id = x.member_id WHERE " + participationWhere(filter), participationParams(filter)));
            default -> {
                long[] n = {0};
                rows(kind, filter, r -> n[0] += r.kind() == pl.klaster.portal.service.report.table.RowKind.DATA ? 1 : 0);
                yield n[0];
            }
        };
    }

    // ---- (1) European Cluster Collaboration Platform ----

    /** The ECCP profile's categories: SME and large enterprises, research organisations, other actors; they add up to all members. */
    private void eccp(ReportFilter filter, Consumer<ReportRow> sink) {
        Map<String, Long> now = eccpCounts(filter.day());
        Map<String, Long> before = eccpCounts(filter.previousYear().day());
        long total = now.values().stream().mapToLong(Long::longValue).sum();
        long totalBefore = before.values().stream().mapToLong(Long::longValue).sum();
        for (String category : List.of("SME", "LARGE", "RESEARCH", "OTHER")) {
            long n = now.getOrDefault(category, 0L);
            sink.accept(ReportRow.data(ReportText.of("report.eccp." + category), n, share(n, total), before.getOrDefault(category, 0L)));
        }
        sink.accept(ReportRow.total(ReportText.of("report.eccp.TOTAL"), total, share(total, total), totalBefore));
    }

    Map<String, Long> eccpCounts(LocalDate day) {
        String category = "CASE WHEN m.member_type = 'ENTERPRISE' AND m.size_class <> 'LARGE' THEN 'SME'"
                + " WHEN m.member_type = 'ENTERPRISE' THEN 'LARGE' WHEN m.member_type IN ('RD_BODY', 'UNIVERSITY') THEN 'RESEARCH'"
                + " ELSE 'OTHER' END";
        Map<String, Long> counts = new HashMap<>();
        for (Object r : query("SELECT " + category + ", COUNT(*) FROM member m WHERE " + Figures.MEMBER_ON + " GROUP BY " + category, day)
                .getResultList()) {
            Object[] row = (Object[]) r;
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    // ---- (2) ESCA ----

    private void esca(ReportFilter filter, Consumer<ReportRow> sink) {
        Figures now = new Figures(em);
        ReportFilter prev = filter.previousYear();
        long members = now.members(filter.day(), null, null);
        long membersBefore = now.members(prev.day(), null, null);
        sink.accept(sheet("esca.members", "members", members, membersBefore));
        Map<String, Long> types = now.membersBy("member_type", filter.day());
        Map<String, Long> typesBefore = now.membersBy("member_type", prev.day());
        for (MemberType type : MemberType.values()) {
            sink.accept(ReportRow.data(ReportText.of("report.sheet.ofType", type), ReportText.of("report.unit.members"),
                    whole(types.getOrDefault(type.name(), 0L)), whole(typesBefore.getOrDefault(type.name(), 0L))));
        }
        sink.accept(sheet("esca.smeShare", "percent", percent(now.smeMembers(filter.day()), members),
                percent(now.smeMembers(prev.day()), membersBefore)));
        sink.accept(sheet("esca.joins", "members", now.joins(filter.start(), filter.end()), now.joins(prev.start(), prev.end())));
        sink.accept(sheet("esca.leaves", "members", now.leaves(filter.start(), filter.end()), now.leaves(prev.start(), prev.end())));
        sink.accept(sheet("esca.retention", "percent",
                percent(now.stayed(filter.start(), filter.day()), now.members(filter.start(), null, null)),
                percent(now.stayed(prev.start(), prev.day()), now.members(prev.start(), null, null))));
        sink.accept(sheet("esca.averageYears", "years", now.averageMembershipYears(filter.day()), now.averageMembershipYears(prev.day())));
        sink.accept(sheet("esca.activities", "activities", sum(now.activitiesByType(filter.start(), filter.end())),
                sum(now.activitiesByType(prev.start(), prev.end()))));
        sink.accept(ReportRow.data(ReportText.of("report.esca.foreignPartners"), ReportText.of("report.unit.organisations"),
                whole(now.foreignPartners()), null));
        sink.accept(sheet("esca.projects", "projects", now.fundedProjects(filter.start(), filter.end(), false),
                now.fundedProjects(prev.start(), prev.end(), false)));
        sink.accept(sheet("esca.projectsLed", "projects", now.fundedProjects(filter.start(), filter.end(), true),
                now.fundedProjects(prev.start(), prev.end(), true)));
        BigDecimal fees = now.fees(filter.end().getYear())[1];
        BigDecimal feesBefore = now.fees(prev.end().getYear())[1];
        sink.accept(sheet("esca.feesCollected", "pln", fees, feesBefore));
        for (String currency : List.of("PLN", "EUR")) {
            BigDecimal privateFunds = now.projectFunds(filter.start(), filter.end(), true).getOrDefault(currency, Figures.money(null));
            BigDecimal publicFunds = now.projectFunds(filter.start(), filter.end(), false).getOrDefault(currency, Figures.money(null));
            BigDecimal privateBefore = now.projectFunds(prev.start(), prev.end(), true).getOrDefault(currency, Figures.money(null));
            BigDecimal publicBefore = now.projectFunds(prev.start(), prev.end(), false).getOrDefault(currency, Figures.money(null));
            String unit = currency.toLowerCase(java.util.Locale.ROOT);
            sink.accept(sheet("esca.privateProjectFunds", unit, privateFunds, privateBefore));
            sink.accept(sheet("esca.publicProjectFunds", unit, publicFunds, publicBefore));
            BigDecimal privateAll = "PLN".equals(currency) ? privateFunds.add(fees) : privateFunds;
            BigDecimal privateAllBefore = "PLN".equals(currency) ? privateBefore.add(feesBefore) : privateBefore;
            sink.accept(ReportRow.data(ReportText.of("report.esca.privateShare", currency), ReportText.of("report.unit.percent"),
                    percent(privateAll, privateAll.add(publicFunds)), percent(privateAllBefore, privateAllBefore.add(publicBefore))));
        }
    }

    // ---- (3) KKK ----

    private void kkk(ReportFilter filter, Consumer<ReportRow> sink) {
        Figures f = new Figures(em);
        ReportFilter prev = filter.previousYear();
        sink.accept(sheet("kkk.members", "members", f.members(filter.day(), null, null), f.members(prev.day(), null, null)));
        long exporting = f.exportingMembers(filter.day());
        long exportingBefore = f.exportingMembers(prev.day());
        sink.accept(sheet("kkk.exportingMembers", "members", exporting, exportingBefore));
        FunnelRow funnel = outreach.funnelTotal(filter.start(), filter.end());
        FunnelRow funnelBefore = outreach.funnelTotal(prev.start(), prev.end());
        sink.accept(sheet("kkk.exportValue", "pln", funnel.exportPln(), funnelBefore.exportPln()));
        sink.accept(sheet("kkk.exportValue", "eur", funnel.exportEur(), funnelBefore.exportEur()));
        sink.accept(sheet("kkk.exportIntensity", "pln", perMember(funnel.exportPln(), exporting), perMember(funnelBefore.exportPln(), exportingBefore)));
        List<String> international = List.of("INTERNATIONALISATION", "EU_CONSORTIUM");
        sink.accept(sheet("kkk.jointInternationalProjects", "projects", f.jointProjects(filter.start(), filter.end(), international),
                f.jointProjects(prev.start(), prev.end(), international)));
        sink.accept(sheet("kkk.membersDoingRd", "members", f.membersInProjects(filter.start(), filter.end(), List.of("RD")),
                f.membersInProjects(prev.start(), prev.end(), List.of("RD"))));
        sink.accept(sheet("kkk.jointRdProjects", "projects", f.jointProjects(filter.start(), filter.end(), List.of("RD")),
                f.jointProjects(prev.start(), prev.end(), List.of("RD"))));
        sink.accept(sheet("kkk.fairsHome", "activities", f.fairs(filter.start(), filter.end(), true), f.fairs(prev.start(), prev.end(), true)));
        sink.accept(sheet("kkk.fairsAbroad", "activities", f.fairs(filter.start(), filter.end(), false), f.fairs(prev.start(), prev.end(), false)));
        Map<String, Long> types = f.activitiesByType(filter.start(), filter.end());
        Map<String, Long> typesBefore = f.activitiesByType(prev.start(), prev.end());
        sink.accept(sheet("kkk.missions", "activities", types.getOrDefault("TRADE_MISSION", 0L), typesBefore.getOrDefault("TRADE_MISSION", 0L)));
        sink.accept(sheet("kkk.b2bEvents", "activities", types.getOrDefault("B2B_MATCHMAKING", 0L),
                typesBefore.getOrDefault("B2B_MATCHMAKING", 0L)));
        sink.accept(sheet("kkk.b2bMeetings", "meetings", funnel.meetings(), funnelBefore.meetings()));
    }

    // ---- (4) members with fee status ----

    /**
     * Members on the period's day, and companies that left during it with a fee for its year, with their fee,
     * grouped by fee status (paid, partly paid, unpaid, overdue, no fee), each group followed by its subtotal;
     * filters: member type and size.
     */
    private void fees(ReportFilter filter, Consumer<ReportRow> sink) {
        Object[] params = filterParams(filter.day(), filter.end().getYear(), LocalDate.now(), filter);
        // the members on the day, and any other company with a fee for the year (it left during the year): so the
        // report's totals are the year's fees, as on the dashboard
        String from = " FROM member m LEFT JOIN member_fee f ON f.member_id = m.id AND f.fee_year = ?2 WHERE ((" + Figures.MEMBER_ON
                + ") OR f.id IS NOT NULL)" + memberFilters(filter, 4);
        Map<String, Object[]> groups = new HashMap<>();
        for (Object r : query("SELECT " + FEE_STATUS + ", COUNT(*), COALESCE(SUM(f.amount_due), 0), COALESCE(SUM(f.amount_paid), 0)"
                // by position: the status expression holds a parameter, and PostgreSQL does not take two
                // occurrences of a parameter for the same expression
                + from + " GROUP BY 1", params).getResultList()) {
            Object[] row = (Object[]) r;
            groups.put((String) row[0], row);
        }
        String detail = "SELECT m.legal_name, m.nip, m.member_type, m.size_class, " + FEE_STATUS + ", f.amount_due, f.amount_paid"
                + from + " ORDER BY " + FEE_RANK + ", m.legal_name, m.id";
        String[] current = {null};
        batches(detail, params, row -> {
            String status = (String) row[4];
            if (current[0] != null && !current[0].equals(status)) {
                sink.accept(feeSubtotal(current[0], groups.get(current[0])));
            }
            current[0] = status;
            BigDecimal due = row[5] == null ? null : Figures.money(row[5]);
            BigDecimal paid = row[6] == null ? null : Figures.money(row[6]);
            sink.accept(ReportRow.data(row[0], row[1], MemberType.valueOf((String) row[2]), SizeClass.valueOf((String) row[3]),
                    FeeStatus.valueOf(status), due, paid, due == null ? null : outstanding(due, paid)));
        });
        if (current[0] != null) {
            sink.accept(feeSubtotal(current[0], groups.get(current[0])));
        }
        long count = 0;
        BigDecimal due = Figures.money(null);
        BigDecimal paid = Figures.money(null);
        for (Object[] g : groups.values()) {
            count += ((Number) g[1]).longValue();
            due = due.add(Figures.money(g[2]));
            paid = paid.add(Figures.money(g[3]));
        }
        sink.accept(ReportRow.total(ReportText.of("report.total", count), null, null, null, null, due, paid, outstandingOfGroups(groups)));
    }

    private static ReportRow feeSubtotal(String status, Object[] group) {
        BigDecimal due = Figures.money(group[2]);
        BigDecimal paid = Figures.money(group[3]);
        return ReportRow.subtotal(ReportText.of("report.subtotal.fee", FeeStatus.valueOf(status), ((Number) group[1]).longValue()),
                null, null, null, FeeStatus.valueOf(status), due, paid, outstanding(due, paid));
    }

    private static BigDecimal outstanding(BigDecimal due, BigDecimal paid) {
        BigDecimal rest = due.subtract(paid == null ? BigDecimal.ZERO : paid);
        return rest.signum() < 0 ? Figures.money(null) : rest.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal outstandingOfGroups(Map<String, Object[]> groups) {
        BigDecimal total = Figures.money(null);
        for (Object[] g : groups.values()) {
            total = total.add(outstanding(Figures.money(g[2]), Figures.money(g[3])));
        }
        return total;
    }

    // ---- (5) participation matrix ----

    /**
     * Every member × project pair in which the member takes part (approved or ended) in a funded project of the
     * period, with its role, status and effort (person-months); grouped by member with a subtotal; filters:
     * programme and member type.
     */
    private void participation(ReportFilter filter, Consumer<ReportRow> sink) {
        Object[] params = participationParams(filter);
        String from = " FROM participation x JOIN project p ON p.id = x.project_id JOIN member m ON m.id = x.member_id"
                + " JOIN programme g ON g.id = p.programme_id WHERE " + participationWhere(filter);
        Map<Long, Object[]> perMember = new HashMap<>();
        for (Object r : query("SELECT m.id, COUNT(*), COALESCE(SUM(x.planned_effort), 0), COALESCE(SUM(x.reported_effort), 0)" + from
                + " GROUP BY m.id", params).getResultList()) {
            Object[] row = (Object[]) r;
            perMember.put(((Number) row[0]).longValue(), row);
        }
        Long[] current = {null};
        String[] currentName = {null};
        batches("SELECT m.id, m.legal_name, COALESCE(p.acronym, p.title_pl), g.name, x.role, x.status, x.planned_effort,"
                + " x.reported_effort" + from + " ORDER BY m.legal_name, m.id, p.start_date, p.id", params, row -> {
            long member = ((Number) row[0]).longValue();
            if (current[0] != null && current[0] != member) {
                sink.accept(memberSubtotal(currentName[0], perMember.get(current[0])));
            }
            current[0] = member;
            currentName[0] = (String) row[1];
            sink.accept(ReportRow.data(row[1], row[2], row[3], row[4] == null ? null : ParticipationRole.valueOf((String) row[4]),
                    ParticipationStatus.valueOf((String) row[5]), effort(row[6]), effort(row[7])));
        });
        if (current[0] != null) {
            sink.accept(memberSubtotal(currentName[0], perMember.get(current[0])));
        }
        Object[] total = (Object[]) query("SELECT COUNT(*), COUNT(DISTINCT m.id), COALESCE(SUM(x.planned_effort), 0),"
                + " COALESCE(SUM(x.reported_effort), 0)" + from, params).getSingleResult();
        sink.accept(ReportRow.total(ReportText.of("report.total.participation", ((Number) total[1]).longValue(), ((Number) total[0]).longValue()),
                null, null, null, null, effort(total[2]), effort(total[3])));
    }

    private static ReportRow memberSubtotal(String name, Object[] sums) {
        return ReportRow.subtotal(ReportText.of("report.subtotal.member", name, ((Number) sums[1]).longValue()), null, null, null, null,
                effort(sums[2]), effort(sums[3]));
    }

    private static String participationWhere(ReportFilter filter) {
        return "x.status IN ('APPROVED', 'ENDED') AND " + Figures.PROJECT_IN + " AND " + Figures.FUNDED
                + (filter.programmeId() == null ? "" : " AND p.programme_id = ?3") + (filter.memberType() == null ? "" : " AND m.member_type = ?4");
    }

    private static Object[] participationParams(ReportFilter filter) {
        return new Object[]{filter.start(), filter.end(), filter.programmeId(), filter.memberType() == null ? null : filter.memberType().name()};
    }

    // ---- (6) export funnel ----

    private void funnel(ReportFilter filter, Consumer<ReportRow> sink) {
        for (FunnelRow r : outreach.funnelByMarket(filter.start(), filter.end())) {
            if (r.key() == OutreachService.NO_MARKET) {
                sink.accept(ReportRow.data(ReportText.of("report.funnel.noMarket"), r.activities(), r.participations(), r.meetings(), r.leads(),
                        r.agreements(), r.exportPln(), r.exportEur()));
            } else {
                sink.accept(ReportRow.data(ReportText.of("report.funnel.market", r.namePl(), r.nameEn()), r.activities(), r.participations(),
                        r.meetings(), r.leads(), r.agreements(), r.exportPln(), r.exportEur()));
            }
        }
        FunnelRow t = outreach.funnelTotal(filter.start(), filter.end());
        sink.accept(ReportRow.total(ReportText.of("report.total.plain"), t.activities(), t.participations(), t.meetings(), t.leads(),
                t.agreements(), t.exportPln(), t.exportEur()));
    }

    // ---- helpers ----

    /** Runs a detail query in batches of {@link #BATCH} rows, clearing the persistence context between them. */
    private void batches(String sql, Object[] params, Consumer<Object[]> each) {
        for (int offset = 0; ; offset += BATCH) {
            Query q = query(sql, params).setFirstResult(offset).setMaxResults(BATCH);
            List<?> rows = q.getResultList();
            for (Object r : rows) {
                each.accept((Object[]) r);
            }
            em.clear();
            if (rows.size() < BATCH) {
                return;
            }
        }
    }

    private static String memberFilters(ReportFilter filter, int firstParameter) {
        return (filter.memberType() == null ? "" : " AND m.member_type = ?" + firstParameter)
                + (filter.sizeClass() == null ? "" : " AND m.size_class = ?" + (firstParameter + 1));
    }

    private static Object[] filterParams(Object first, Object second, Object third, ReportFilter filter) {
        return new Object[]{first, second, third, filter.memberType() == null ? null : filter.memberType().name(),
                filter.sizeClass() == null ? null : filter.sizeClass().name()};
    }

    private static ReportRow sheet(String indicator, String unit, Object value, Object previous) {
        return ReportRow.data(ReportText.of("report." + indicator), ReportText.of("report.unit." + unit), decimal(value), decimal(previous));
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        return whole(((Number) value).longValue());
    }

    private static BigDecimal whole(long value) {
        return BigDecimal.valueOf(value);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * A share as a fraction with three decimals (0.538 = 53.8 %): rounded once, here, so that every page and file
     * shows the same tenth of a per cent.
     */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(3) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    /** A percentage with one decimal (25.0), for the indicator sheets. */
    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal perMember(BigDecimal amount, long members) {
        return members == 0 ? Figures.money(null) : amount.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal effort(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    private Query query(String sql, Object... parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null && sql.contains("?" + (i + 1))) {
                q.setParameter(i + 1, parameters[i]);
            }
        }
        return q;
    }

    private static long count(Query query) {
        Object value = query.getSingleResult();
        return value == null ? 0 : ((Number) value).longValue();
    }
}
