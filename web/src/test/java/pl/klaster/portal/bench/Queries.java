package pl.klaster.portal.bench;

import pl.klaster.portal.bench.Floor.Sql;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDBC floors: for each measured page, the SQL its service methods run, written out from the service code
 * (MemberService.search, ParticipationService.participants, ProjectService, OutreachService.calendar and the
 * funnel, Figures, ReportService), with the same parameters as the page's request. Not EclipseLink's exact text,
 * the same work for the database: same tables, conditions, joins, order and limits.
 */
final class Queries {

    private static final String MEMBER_ON = "m.joined_on IS NOT NULL AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)";
    private static final String PROJECT_IN = "p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)";
    private static final String FUNDED = "p.status IN ('RUNNING', 'COMPLETED')";
    private static final String TAKING_PART = "x.status IN ('APPROVED', 'ENDED')";
    private static final String MEMBER_ROW = "SELECT m.id, m.legal_name, m.short_name, m.nip, m.city, m.voivodeship, m.country_code,"
            + " m.member_type, m.size_class, m.status, m.joined_on FROM member m";
    private static final String PRIMARY_MARKET = "WITH pm AS (SELECT ranked.activity_id, ranked.market_id FROM (SELECT atm.activity_id,"
            + " atm.market_id, ROW_NUMBER() OVER (PARTITION BY atm.activity_id ORDER BY tm.priority, tm.id) AS rn"
            + " FROM activity_target_market atm JOIN target_market tm ON tm.id = atm.market_id) ranked WHERE ranked.rn = 1) ";
    private static final String FEE_STATUS = "CASE WHEN f.id IS NULL THEN 'NONE' WHEN f.amount_paid >= f.amount_due THEN 'PAID'"
            + " WHEN f.due_on < ? THEN 'OVERDUE' WHEN f.amount_paid > 0 THEN 'PARTIAL' ELSE 'UNPAID' END";
    private static final String FEE_RANK = "CASE WHEN f.id IS NULL THEN 5 WHEN f.amount_paid >= f.amount_due THEN 1"
            + " WHEN f.due_on < ? THEN 4 WHEN f.amount_paid > 0 THEN 2 ELSE 3 END";

    private Queries() {
    }

    /** The account check every request of a signed-in user makes (ActiveAccountFilter, AccountService.findByUsername). */
    static Sql account(String username) {
        return new Sql("SELECT * FROM user_account a WHERE a.username = ?", username);
    }

    // ---- the member list (MemberService.search: one count and one page) ----

    static List<Sql> memberPage(String where, List<Object> params, int first) {
        List<Object> page = new ArrayList<>(params);
        page.add(first);
        return List.of(new Sql("SELECT COUNT(*) FROM member m" + where, params.toArray()),
                new Sql(MEMBER_ROW + where + " ORDER BY m.legal_name, m.id LIMIT 25 OFFSET ?", page.toArray()));
    }

    // ---- a project's page (ProjectBacking.load) ----

    static List<Sql> project(long id) {
        return List.of(
                new Sql("SELECT * FROM project p WHERE p.id = ?", id),
                new Sql("SELECT x.id, p.id, p.title_pl, p.title_en, m.id, m.legal_name, x.status, x.role, x.motivation, x.offered_effort,"
                        + " x.planned_effort, x.reported_effort, x.start_date, x.end_date, x.applied_at, x.applied_by, x.decided_at,"
                        + " x.decided_by, x.decision_reason, x.version FROM participation x JOIN project p ON p.id = x.project_id"
                        + " JOIN member m ON m.id = x.member_id WHERE p.id = ? ORDER BY x.status, m.legal_name, x.id", id),
                new Sql("SELECT d.id, d.file_name, d.content_type, d.size_bytes, d.sha256, d.uploaded_by FROM project_document d"
                        + " WHERE d.project_id = ? ORDER BY d.id", id),
                new Sql("SELECT * FROM project_status_change c WHERE c.project_id = ? ORDER BY c.effective_on, c.id", id),
                new Sql("SELECT m.id, m.legal_name, COUNT(DISTINCT mc.capability_id) + COUNT(DISTINCT mp.pkd_code) AS score FROM member m"
                        + " LEFT JOIN member_capability mc ON mc.member_id = m.id AND mc.capability_id IN"
                        + "   (SELECT pc.capability_id FROM project_capability pc WHERE pc.project_id = ?)"
                        + " LEFT JOIN member_pkd mp ON mp.member_id = m.id AND mp.pkd_code IN"
                        + "   (SELECT pp.pkd_code FROM project_pkd pp WHERE pp.project_id = ?)"
                        + " WHERE m.status = 'ACTIVE' GROUP BY m.id, m.legal_name"
                        + " HAVING COUNT(DISTINCT mc.capability_id) + COUNT(DISTINCT mp.pkd_code) > 0"
                        + " ORDER BY score DESC, m.legal_name, m.id LIMIT 20", id, id));
    }

    // ---- outreach ----

    /** The target markets with their countries (OutreachService.markets), read by the calendar page's bean. */
    static List<Sql> markets() {
        return List.of(new Sql("SELECT * FROM target_market m ORDER BY m.priority, m.name_pl"),
                new Sql("SELECT c.market_id, c.country_code FROM target_market_country c ORDER BY c.country_code"));
    }

    /** The activities of the calendar's range with their registration counts (OutreachService.calendar). */
    static List<Sql> calendar(LocalDate from, LocalDate to) {
        return List.of(
                new Sql("SELECT a.id, a.activity_type, a.title_pl, a.title_en, a.start_date, a.end_date, a.online, a.city, a.country_code,"
                        + " a.capacity, a.registration_deadline, a.cost_amount, a.cost_currency FROM outreach_activity a"
                        + " WHERE a.end_date >= ? AND a.start_date <= ? ORDER BY a.start_date, a.id LIMIT 2000", from, to),
                new Sql("SELECT g.activity_id, g.status, COUNT(*) FROM registration g WHERE g.activity_id IN (SELECT a.id FROM outreach_activity a"
                        + " WHERE a.end_date >= ? AND a.start_date <= ?) GROUP BY g.activity_id, g.status", from, to));
    }

    static List<Sql> funnelByMarket(LocalDate from, LocalDate to) {
        String range = " WHERE a.start_date >= ? AND a.start_date <= ?";
        List<Sql> list = new ArrayList<>();
        list.add(new Sql(PRIMARY_MARKET + "SELECT pm.market_id, COUNT(*) FROM outreach_activity a LEFT JOIN pm ON pm.activity_id = a.id"
                + range + " GROUP BY pm.market_id", from, to));
        list.add(new Sql(PRIMARY_MARKET + "SELECT pm.market_id, COUNT(*) FROM registration g JOIN outreach_activity a ON a.id = g.activity_id"
                + " LEFT JOIN pm ON pm.activity_id = a.id" + range + " AND g.status IN ('REGISTERED', 'CONFIRMED', 'ATTENDED')"
                + " GROUP BY pm.market_id", from, to));
        list.add(new Sql(PRIMARY_MARKET + "SELECT pm.market_id, SUM(o.b2b_meetings), SUM(o.leads), SUM(o.agreements),"
                + " SUM(CASE WHEN o.export_currency = 'PLN' THEN o.export_amount ELSE 0 END),"
                + " SUM(CASE WHEN o.export_currency = 'EUR' THEN o.export_amount ELSE 0 END)"
                + " FROM outcome_report o JOIN registration g ON g.id = o.registration_id JOIN outreach_activity a ON a.id = g.activity_id"
                + " LEFT JOIN pm ON pm.activity_id = a.id" + range + " GROUP BY pm.market_id", from, to));
        list.addAll(markets());
        return list;
    }

    static List<Sql> funnelTotal(LocalDate from, LocalDate to) {
        return List.of(
                new Sql("SELECT COUNT(*) FROM outreach_activity a WHERE a.start_date >= ? AND a.start_date <= ?", from, to),
                new Sql("SELECT COUNT(*) FROM registration g JOIN outreach_activity a ON a.id = g.activity_id WHERE a.start_date >= ?"
                        + " AND a.start_date <= ? AND g.status IN ('REGISTERED', 'CONFIRMED', 'ATTENDED')", from, to),
                new Sql("SELECT COUNT(*), SUM(o.b2b_meetings), SUM(o.leads), SUM(o.agreements),"
                        + " SUM(CASE WHEN o.export_currency = 'PLN' THEN o.export_amount ELSE 0 END),"
                        + " SUM(CASE WHEN o.export_currency = 'EUR' THEN o.export_amount ELSE 0 END)"
                        + " FROM outcome_report o JOIN registration g ON g.id = o.registration_id JOIN outreach_activity a ON a.id = g.activity_id"
                        + " WHERE a.start_date >= ? AND a.start_date <= ?", from, to));
    }

    // ---- Figures: the aggregates of the dashboard and the reports ----

    static Sql members(LocalDate day) {
        return new Sql("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON, day, day);
    }

    static Sql membersBy(String column, LocalDate day) {
        return new Sql("SELECT m." + column + ", COUNT(*) FROM member m WHERE " + MEMBER_ON + " GROUP BY m." + column, day, day);
    }

    static Sql smeMembers(LocalDate day) {
        return new Sql("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON + " AND m.size_class IN ('MICRO', 'SMALL', 'MEDIUM')", day, day);
    }

    static Sql joins(LocalDate from, LocalDate to) {
        return new Sql("SELECT COUNT(*) FROM member m WHERE m.joined_on >= ? AND m.joined_on <= ?", from, to);
    }

    static Sql leaves(LocalDate from, LocalDate to) {
        return new Sql("SELECT COUNT(*) FROM member m WHERE m.left_on >= ? AND m.left_on <= ?", from, to);
    }

    static Sql fees(int year) {
        return new Sql("SELECT COALESCE(SUM(f.amount_due), 0), COALESCE(SUM(f.amount_paid), 0) FROM member_fee f WHERE f.fee_year = ?", year);
    }

    static Sql projectsBy(String key, LocalDate from, LocalDate to) {
        return new Sql("SELECT " + key + ", COUNT(*) FROM project p JOIN programme g ON g.id = p.programme_id WHERE " + PROJECT_IN
                + " GROUP BY " + key, to, from);
    }

    static Sql fundedProjects(LocalDate from, LocalDate to, boolean ledOnly) {
        return new Sql("SELECT COUNT(*) FROM project p WHERE " + PROJECT_IN + " AND " + FUNDED + (ledOnly ? " AND p.cluster_role = 'LEADER'" : ""),
                to, from);
    }

    static Sql membersInProjects(LocalDate from, LocalDate to, String kinds) {
        return new Sql("SELECT COUNT(DISTINCT x.member_id) FROM participation x JOIN project p ON p.id = x.project_id WHERE "
                + TAKING_PART + " AND " + PROJECT_IN + " AND " + FUNDED + kinds, to, from);
    }

    static Sql jointProjects(LocalDate from, LocalDate to, String kinds) {
        return new Sql("SELECT COUNT(*) FROM project p WHERE " + PROJECT_IN + " AND " + FUNDED + kinds
                + " AND (SELECT COUNT(DISTINCT x.member_id) FROM participation x WHERE x.project_id = p.id AND " + TAKING_PART + ") >= 2",
                to, from);
    }

    static Sql activitiesByType(LocalDate from, LocalDate to) {
        return new Sql("SELECT a.activity_type, COUNT(*) FROM outreach_activity a WHERE a.start_date >= ? AND a.start_date <= ?"
                + " GROUP BY a.activity_type", from, to);
    }

    /** DashboardService.figures for one year. */
    static List<Sql> yearFigures(int year, LocalDate today) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate day = to.isAfter(today) ? today : to;
        List<Sql> list = new ArrayList<>();
        list.add(fees(year));
        list.add(new Sql("SELECT d.code, d.name_pl, d.name_en, COUNT(DISTINCT m.id) AS members FROM member m"
                + " JOIN member_pkd mp ON mp.member_id = m.id JOIN pkd_code d ON d.code = SUBSTRING(mp.pkd_code, 1, 2)"
                + " WHERE " + MEMBER_ON + " GROUP BY d.code, d.name_pl, d.name_en ORDER BY members DESC, d.code LIMIT 10", day, day));
        list.add(new Sql("SELECT p.budget_currency, SUM(p.budget_amount), SUM(p.share_amount) FROM project p WHERE " + PROJECT_IN
                + " AND " + FUNDED + " AND p.budget_currency IS NOT NULL GROUP BY p.budget_currency ORDER BY p.budget_currency", to, from));
        list.add(new Sql("SELECT i.indicator_type, i.unit, SUM(i.planned_value), COALESCE(SUM(i.achieved_value), 0), COUNT(*)"
                + " FROM project_indicator i JOIN project p ON p.id = i.project_id WHERE " + PROJECT_IN + " AND " + FUNDED
                + " GROUP BY i.indicator_type, i.unit ORDER BY i.indicator_type, i.unit", to, from));
        list.add(members(day));
        list.add(membersBy("member_type", day));
        list.add(membersBy("size_class", day));
        list.add(smeMembers(day));
        list.add(membersBy("voivodeship", day));
        list.add(joins(from, to));
        list.add(leaves(from, to));
        list.add(projectsBy("p.status", from, to));
        list.add(projectsBy("p.kind", from, to));
        list.add(projectsBy("g.name", from, to));
        list.add(fundedProjects(from, to, false));
        list.add(membersInProjects(from, to, ""));
        list.add(jointProjects(from, to, " AND p.kind IN ('RD')"));
        list.add(activitiesByType(from, to));
        list.addAll(funnelByMarket(from, to));
        list.addAll(funnelTotal(from, to));
        return list;
    }

    /** DashboardService.dashboard: the membership trend, then the year's figures and the year before's. */
    static List<Sql> dashboard(int year, LocalDate today) {
        List<Sql> list = new ArrayList<>();
        for (int y = year - 5; y <= year; y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            list.add(members(end.isAfter(today) ? today : end));
        }
        list.addAll(yearFigures(year, today));
        list.addAll(yearFigures(year - 1, today));
        return list;
    }

    // ---- the reports (ReportService) ----

    private static LocalDate dayOf(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return end.isAfter(today) ? today : end;
    }

    static List<Sql> eccp(int year, LocalDate today) {
        String category = "CASE WHEN m.member_type = 'ENTERPRISE' AND m.size_class <> 'LARGE' THEN 'SME'"
                + " WHEN m.member_type = 'ENTERPRISE' THEN 'LARGE' WHEN m.member_type IN ('RD_BODY', 'UNIVERSITY') THEN 'RESEARCH'"
                + " ELSE 'OTHER' END";
        List<Sql> list = new ArrayList<>();
        for (int y : new int[]{year, year - 1}) {
            LocalDate day = dayOf(y, today);
            list.add(new Sql("SELECT " + category + ", COUNT(*) FROM member m WHERE " + MEMBER_ON + " GROUP BY " + category, day, day));
        }
        return list;
    }

    static List<Sql> esca(int year, LocalDate today) {
        List<Sql> list = new ArrayList<>();
        for (int y : new int[]{year, year - 1}) {
            LocalDate from = LocalDate.of(y, 1, 1);
            LocalDate to = LocalDate.of(y, 12, 31);
            LocalDate day = dayOf(y, today);
            list.add(members(day));
            list.add(membersBy("member_type", day));
            list.add(smeMembers(day));
            list.add(joins(from, to));
            list.add(leaves(from, to));
            list.add(new Sql("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON + " AND (m.left_on IS NULL OR m.left_on > ?)", from, from, day));
            list.add(members(from));
            list.add(new Sql("SELECT AVG(CAST(? - EXTRACT(YEAR FROM m.joined_on) AS DECIMAL(10, 2))) FROM member m WHERE " + MEMBER_ON,
                    y, day, day));
            list.add(activitiesByType(from, to));
            list.add(fundedProjects(from, to, false));
            list.add(fundedProjects(from, to, true));
            list.add(fees(y));
            for (int k = 0; k < 2; k++) {
                for (boolean privateFunding : new boolean[]{true, false}) {
                    list.add(new Sql("SELECT p.share_currency, SUM(p.share_amount) FROM project p JOIN programme g ON g.id = p.programme_id"
                            + " WHERE p.start_date >= ? AND p.start_date <= ? AND " + FUNDED + " AND g.private_funding = ?"
                            + " AND p.share_currency IS NOT NULL GROUP BY p.share_currency", from, to, privateFunding));
                }
            }
        }
        list.add(new Sql("SELECT COUNT(*) FROM partner_organisation o WHERE o.country_code <> 'PL' AND o.relation IS NOT NULL"));
        return list;
    }

    static List<Sql> kkk(int year, LocalDate today) {
        List<Sql> list = new ArrayList<>();
        for (int y : new int[]{year, year - 1}) {
            LocalDate from = LocalDate.of(y, 1, 1);
            LocalDate to = LocalDate.of(y, 12, 31);
            LocalDate day = dayOf(y, today);
            list.add(members(day));
            list.add(new Sql("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON
                    + " AND EXISTS (SELECT 1 FROM member_export_market e WHERE e.member_id = m.id)", day, day));
            list.addAll(funnelTotal(from, to));
            list.add(jointProjects(from, to, " AND p.kind IN ('INTERNATIONALISATION', 'EU_CONSORTIUM')"));
            list.add(membersInProjects(from, to, " AND p.kind IN ('RD')"));
            list.add(jointProjects(from, to, " AND p.kind IN ('RD')"));
            for (String where : new String[]{"= 'PL'", "<> 'PL'"}) {
                list.add(new Sql("SELECT COUNT(*) FROM outreach_activity a WHERE a.start_date >= ? AND a.start_date <= ?"
                        + " AND a.activity_type = 'TRADE_FAIR' AND a.country_code " + where, from, to));
            }
            list.add(activitiesByType(from, to));
        }
        return list;
    }

    /** The fee report: its groups, every detail row, and the count of data rows (ReportService.fees, dataRowCount). */
    static List<Sql> feesReport(int year, LocalDate today) {
        LocalDate day = dayOf(year, today);
        String from = " FROM member m LEFT JOIN member_fee f ON f.member_id = m.id AND f.fee_year = ? WHERE ((" + MEMBER_ON + ") OR f.id IS NOT NULL)";
        return List.of(
                new Sql("SELECT " + FEE_STATUS + ", COUNT(*), COALESCE(SUM(f.amount_due), 0), COALESCE(SUM(f.amount_paid), 0)" + from
                        + " GROUP BY 1", today, year, day, day),
                new Sql("SELECT m.legal_name, m.nip, m.member_type, m.size_class, " + FEE_STATUS + ", f.amount_due, f.amount_paid" + from
                        + " ORDER BY " + FEE_RANK + ", m.legal_name, m.id", today, year, day, day, today),
                feesCount(year, today));
    }

    static Sql feesCount(int year, LocalDate today) {
        LocalDate day = dayOf(year, today);
        return new Sql("SELECT COUNT(*) FROM member m LEFT JOIN member_fee f ON f.member_id = m.id AND f.fee_year = ?"
                + " WHERE ((" + MEMBER_ON + ") OR f.id IS NOT NULL)", year, day, day);
    }

    /** The participation matrix: sums per member, every detail row, the total, the count (ReportService.participation). */
    static List<Sql> participationReport(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        String join = " FROM participation x JOIN project p ON p.id = x.project_id JOIN member m ON m.id = x.member_id"
                + " JOIN programme g ON g.id = p.programme_id WHERE " + TAKING_PART + " AND " + PROJECT_IN + " AND " + FUNDED;
        return List.of(
                new Sql("SELECT m.id, COUNT(*), COALESCE(SUM(x.planned_effort), 0), COALESCE(SUM(x.reported_effort), 0)" + join
                        + " GROUP BY m.id", to, from),
                new Sql("SELECT m.id, m.legal_name, COALESCE(p.acronym, p.title_pl), g.name, x.role, x.status, x.planned_effort,"
                        + " x.reported_effort" + join + " ORDER BY m.legal_name, m.id, p.start_date, p.id", to, from),
                new Sql("SELECT COUNT(*), COUNT(DISTINCT m.id), COALESCE(SUM(x.planned_effort), 0), COALESCE(SUM(x.reported_effort), 0)"
                        + join, to, from),
                participationCount(year));
    }

    static Sql participationCount(int year) {
        return new Sql("SELECT COUNT(*) FROM participation x JOIN project p ON p.id = x.project_id JOIN member m ON m.id = x.member_id"
                + " WHERE " + TAKING_PART + " AND " + PROJECT_IN + " AND " + FUNDED,
                LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
    }

    static List<Sql> funnelReport(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<Sql> list = new ArrayList<>(funnelByMarket(from, to));
        list.addAll(funnelTotal(from, to));
        return list;
    }
}
