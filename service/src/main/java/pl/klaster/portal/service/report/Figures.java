package pl.klaster.portal.service.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate queries behind the dashboard and the reports, in one place, so that a figure on the dashboard
 * and the same figure in a report are the same query and cannot disagree. Each method is one SQL aggregate
 * (GROUP BY in the database), never a loop over rows. Native SQL that runs unchanged on PostgreSQL and on H2 in
 * PostgreSQL mode.
 * <p>
 * The definitions, written out in docs/REPORTS.md:
 * <ul>
 *   <li>a <b>member on a day</b> joined on or before it and had not left by it (a suspended member is still a
 *       member; an applicant is not);</li>
 *   <li>the <b>projects of a period</b> are those whose dates overlap it; the <b>funded</b> ones among them are
 *       running or completed (budgets, participants and joint projects count only those);</li>
 *   <li>a company <b>takes part</b> in a project when its participation is approved or ended;</li>
 *   <li>the <b>activities of a period</b> start in it.</li>
 * </ul>
 */
final class Figures {

    static final String MEMBER_ON = "m.joined_on IS NOT NULL AND m.joined_on <= ?1 AND (m.left_on IS NULL OR m.left_on > ?1)";
    static final String PROJECT_IN = "p.start_date <= ?2 AND (p.end_date IS NULL OR p.end_date >= ?1)";
    static final String FUNDED = "p.status IN ('RUNNING', 'COMPLETED')";
    static final String TAKING_PART = "x.status IN ('APPROVED', 'ENDED')";

    private final EntityManager em;

    Figures(EntityManager em) {
        this.em = em;
    }

    // ---- members ----

    /** Members on a day, optionally of one type and size (null = any). */
    long members(LocalDate day, String memberType, String sizeClass) {
        return count(query("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON
                + (memberType == null ? "" : " AND m.member_type = ?2") + (sizeClass == null ? "" : " AND m.size_class = ?3"),
                day, memberType, sizeClass));
    }

    /** Members on a day by one of their columns (member_type, size_class or voivodeship; null = abroad). */
    Map<String, Long> membersBy(String column, LocalDate day) {
        if (!List.of("member_type", "size_class", "voivodeship").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return counts(query("SELECT m." + column + ", COUNT(*) FROM member m WHERE " + MEMBER_ON + " GROUP BY m." + column, day));
    }

    /** SME members on a day: enterprises (and others) of micro, small or medium size. */
    long smeMembers(LocalDate day) {
        return count(query("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON + " AND m.size_class IN ('MICRO', 'SMALL', 'MEDIUM')", day));
    }

    /**
     * Members on a day per sector: the PKD division (the code's first two digits) of each of their codes, counted
     * once per member and division. A member active in several divisions counts in each, so these do not add up
     * to the members' total.
     */
    List<Object[]> sectors(LocalDate day, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT d.code, d.name_pl, d.name_en, COUNT(DISTINCT m.id) AS members FROM member m"
                + " JOIN member_pkd mp ON mp.member_id = m.id JOIN pkd_code d ON d.code = SUBSTRING(mp.pkd_code, 1, 2)"
                + " WHERE " + MEMBER_ON + " GROUP BY d.code, d.name_pl, d.name_en ORDER BY members DESC, d.code", day)
                .setMaxResults(limit).getResultList();
        return rows;
    }

    /** Members that joined in a period. */
    long joins(LocalDate from, LocalDate to) {
        return count(query("SELECT COUNT(*) FROM member m WHERE m.joined_on >= ?1 AND m.joined_on <= ?2", from, to));
    }

    /** Members that left (resigned or were expelled) in a period. */
    long leaves(LocalDate from, LocalDate to) {
        return count(query("SELECT COUNT(*) FROM member m WHERE m.left_on >= ?1 AND m.left_on <= ?2", from, to));
    }

    /** Members on the first day that were still members on the last (the stable core of the period). */
    long stayed(LocalDate from, LocalDate to) {
        return count(query("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON + " AND (m.left_on IS NULL OR m.left_on > ?2)", from, to));
    }

    /** Members on a day with at least one export market. */
    long exportingMembers(LocalDate day) {
        return count(query("SELECT COUNT(*) FROM member m WHERE " + MEMBER_ON
                + " AND EXISTS (SELECT 1 FROM member_export_market e WHERE e.member_id = m.id)", day));
    }

    /** Average length of membership, in calendar years since the year of joining, of the members on a day. */
    BigDecimal averageMembershipYears(LocalDate day) {
        Object value = query("SELECT AVG(CAST(?2 - EXTRACT(YEAR FROM m.joined_on) AS DECIMAL(10, 2))) FROM member m WHERE " + MEMBER_ON,
                day, day.getYear()).getSingleResult();
        return value == null ? BigDecimal.ZERO.setScale(1) : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    /** Fees of a year: due and paid (PLN). */
    BigDecimal[] fees(int year) {
        Object[] r = (Object[]) query("SELECT COALESCE(SUM(f.amount_due), 0), COALESCE(SUM(f.amount_paid), 0) FROM member_fee f"
                + " WHERE f.fee_year = ?1", year).getSingleResult();
        return new BigDecimal[]{money(r[0]), money(r[1])};
    }

    // ---- projects ----

    /** Projects of a period by status, kind or programme (all statuses). */
    Map<String, Long> projectsBy(String column, LocalDate from, LocalDate to) {
        String key = switch (column) {
            case "status" -> "p.status";
            case "kind" -> "p.kind";
            case "programme" -> "g.name";
            default -> throw new IllegalArgumentException(column);
        };
        return counts(query("SELECT " + key + ", COUNT(*) FROM project p JOIN programme g ON g.id = p.programme_id WHERE " + PROJECT_IN
                + " GROUP BY " + key, from, to));
    }

    /** Funded projects of a period: budget and the cluster's share, per currency. */
    Map<String, BigDecimal[]> budgets(LocalDate from, LocalDate to) {
        Map<String, BigDecimal[]> result = new LinkedHashMap<>();
        for (Object r : query("SELECT p.budget_currency, SUM(p.budget_amount), SUM(p.share_amount) FROM project p WHERE " + PROJECT_IN
                + " AND " + FUNDED + " AND p.budget_currency IS NOT NULL GROUP BY p.budget_currency ORDER BY p.budget_currency", from, to)
                .getResultList()) {
            Object[] row = (Object[]) r;
            result.put((String) row[0], new BigDecimal[]{money(row[1]), money(row[2])});
        }
        return result;
    }

    /**
     * The cluster's share of funded projects that start in a period, per funding kind and currency: private
     * (own funds and other private programmes) or public. Projects count in the year they start, once.
     */
    Map<String, BigDecimal> projectFunds(LocalDate from, LocalDate to, boolean privateFunding) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (Object r : query("SELECT p.share_currency, SUM(p.share_amount) FROM project p JOIN programme g ON g.id = p.programme_id"
                + " WHERE p.start_date >= ?1 AND p.start_date <= ?2 AND " + FUNDED + " AND g.private_funding = ?3"
                + " AND p.share_currency IS NOT NULL GROUP BY p.share_currency", from, to, privateFunding).getResultList()) {
            Object[] row = (Object[]) r;
            result.put((String) row[0], money(row[1]));
        }
        return result;
    }

    /** Members taking part in at least one funded project of the period (optionally of some kinds only). */
    long membersInProjects(LocalDate from, LocalDate to, List<String> kinds) {
        return count(query("SELECT COUNT(DISTINCT x.member_id) FROM participation x JOIN project p ON p.id = x.project_id WHERE "
                + TAKING_PART + " AND " + PROJECT_IN + " AND " + FUNDED + kinds(kinds), from, to));
    }

    /** Funded projects of the period (of some kinds, or all) in which at least two members take part. */
    long jointProjects(LocalDate from, LocalDate to, List<String> kinds) {
        return count(query("SELECT COUNT(*) FROM project p WHERE " + PROJECT_IN + " AND " + FUNDED + kinds(kinds)
                + " AND (SELECT COUNT(DISTINCT x.member_id) FROM participation x WHERE x.project_id = p.id AND " + TAKING_PART + ") >= 2",
                from, to));
    }

    /** Funded projects of the period, optionally only those the cluster leads. */
    long fundedProjects(LocalDate from, LocalDate to, boolean ledOnly) {
        return count(query("SELECT COUNT(*) FROM project p WHERE " + PROJECT_IN + " AND " + FUNDED
                + (ledOnly ? " AND p.cluster_role = 'LEADER'" : ""), from, to));
    }

    /** Target indicators of the period's funded projects, planned and achieved, added up per type and unit. */
    List<Object[]> indicators(LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("SELECT i.indicator_type, i.unit, SUM(i.planned_value), COALESCE(SUM(i.achieved_value), 0), COUNT(*)"
                + " FROM project_indicator i JOIN project p ON p.id = i.project_id WHERE " + PROJECT_IN + " AND " + FUNDED
                + " GROUP BY i.indicator_type, i.unit ORDER BY i.indicator_type, i.unit", from, to).getResultList();
        return rows;
    }

    // ---- outreach ----

    /** Activities starting in the period by type. */
    Map<String, Long> activitiesByType(LocalDate from, LocalDate to) {
        return counts(query("SELECT a.activity_type, COUNT(*) FROM outreach_activity a WHERE a.start_date >= ?1 AND a.start_date <= ?2"
                + " GROUP BY a.activity_type", from, to));
    }

    /** Trade fairs starting in the period held in Poland (true) or abroad (false); online ones are neither. */
    long fairs(LocalDate from, LocalDate to, boolean home) {
        return count(query("SELECT COUNT(*) FROM outreach_activity a WHERE a.start_date >= ?1 AND a.start_date <= ?2"
                + " AND a.activity_type = 'TRADE_FAIR' AND a.country_code " + (home ? "= 'PL'" : "<> 'PL'"), from, to));
    }

    /** Partner organisations abroad with a relation to the cluster. */
    long foreignPartners() {
        return count(query("SELECT COUNT(*) FROM partner_organisation o WHERE o.country_code <> 'PL' AND o.relation IS NOT NULL"));
    }

    // ---- helpers ----

    private static String kinds(List<String> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return "";
        }
        for (String kind : kinds) {
            if (!kind.matches("[A-Z_]+")) {
                throw new IllegalArgumentException(kind);
            }
        }
        return " AND p.kind IN ('" + String.join("', '", kinds) + "')";
    }

    private Query query(String sql, Object... parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null) {
                q.setParameter(i + 1, parameters[i]);
            }
        }
        return q;
    }

    private static long count(Query query) {
        Object value = query.getSingleResult();
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Map<String, Long> counts(Query query) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            result.put(row[0] == null ? null : row[0].toString(), ((Number) row[1]).longValue());
        }
        return result;
    }

    static BigDecimal money(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return (value instanceof BigDecimal d ? d : new BigDecimal(value.toString())).setScale(2, RoundingMode.HALF_UP);
    }

    static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return names;
    }
}
