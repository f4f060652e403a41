package pl.klaster.portal.service.report;

import pl.klaster.portal.service.outreach.FunnelRow;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures for one year (definitions in {@link Figures}): members and their make-up, joins and
 * leaves, fees; the year's projects, budgets of the funded ones per currency, members taking part; outreach by
 * type and primary target market with the funnel's totals; target indicators planned and achieved. Maps are keyed
 * by enum names (a null voivodeship key means members abroad) or programme names.
 */
public record YearFigures(int year, long members, Map<String, Long> byType, Map<String, Long> bySize, long smeMembers,
                          Map<String, Long> byVoivodeship, List<Sector> sectors, long joins, long leaves,
                          BigDecimal feesDue, BigDecimal feesCollected,
                          Map<String, Long> projectsByStatus, Map<String, Long> projectsByKind, Map<String, Long> projectsByProgramme,
                          List<Budget> budgets, long fundedProjects, long membersInProjects, long jointRdProjects,
                          Map<String, Long> activitiesByType, List<FunnelRow> funnelByMarket, FunnelRow funnelTotal,
                          List<IndicatorSum> indicators) implements Serializable {

    /** A PKD division and how many members work in it. */
    public record Sector(String code, String namePl, String nameEn, long members) implements Serializable {
        public String name(String language) {
            return "en".equals(language) ? nameEn : namePl;
        }
    }

    /** The funded projects' budgets and the cluster's share in one currency. */
    public record Budget(String currency, BigDecimal total, BigDecimal clusterShare) implements Serializable {
    }

    /** One kind of target indicator in one unit, added up over the funded projects. */
    public record IndicatorSum(String type, String unit, BigDecimal planned, BigDecimal achieved, long indicators) implements Serializable {
        /** Achieved as a fraction of planned (0.5 = half way). */
        public BigDecimal progress() {
            return planned.signum() == 0 ? BigDecimal.ZERO : achieved.divide(planned, 4, RoundingMode.HALF_UP);
        }
    }

    /** SME members as a fraction of all members. */
    public BigDecimal smeShare() {
        return ReportService.share(smeMembers, members);
    }

    /** Members taking part in at least one funded project, as a fraction of all members. */
    public BigDecimal projectShare() {
        return ReportService.share(membersInProjects, members);
    }

    public long count(Map<String, Long> map, String key) {
        Long value = map.get(key);
        return value == null ? 0 : value;
    }

    public long activities() {
        return activitiesByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
