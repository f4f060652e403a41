package pl.klaster.portal.web.api;

import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.domain.project.ClusterRole;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.domain.project.ProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project as the API shows it. */
public record ProjectJson(long id, long version, String titlePl, String titleEn, String acronym, ProjectKind kind,
                          String programme, String callNumber, String grantNumber, ClusterRole clusterRole,
                          String leadPartner, ProjectStatus status, LocalDate startDate, LocalDate endDate,
                          Amount totalBudget, Amount clusterShare, String objectives, boolean applicationsOpen,
                          LocalDate applicationDeadline, Integer maxParticipants, List<IndicatorJson> indicators,
                          List<String> requiredCapabilities, List<String> requiredPkdCodes) {

    /** An amount in a currency. */
    public record Amount(BigDecimal amount, String currency) {
        static Amount of(Money money) {
            return money == null || money.getAmount() == null ? null : new Amount(money.getAmount(), money.getCurrency());
        }
    }

    /** A target indicator: planned and achieved so far. */
    public record IndicatorJson(String type, String name, String unit, BigDecimal planned, BigDecimal achieved) {
    }

    public static ProjectJson of(Project p) {
        return new ProjectJson(p.getId(), p.getVersion(), p.getTitlePl(), p.getTitleEn(), p.getAcronym(), p.getKind(),
                p.getProgramme().getName(), p.getCallNumber(), p.getGrantNumber(), p.getClusterRole(),
                p.getLeadPartner() == null ? null : p.getLeadPartner().getName(), p.getStatus(), p.getStartDate(),
                p.getEndDate(), Amount.of(p.getTotalBudget()), Amount.of(p.getClusterShare()), p.getObjectives(),
                p.isApplicationsOpen(), p.getApplicationDeadline(), p.getMaxParticipants(),
                p.getIndicators().stream().map(i -> new IndicatorJson(i.getType() == null ? null : i.getType().name(),
                        i.getName(), i.getUnit(), i.getPlanned(), i.getAchieved())).toList(),
                p.getRequiredCapabilities().stream().map(Capability::getName).sorted().toList(),
                p.getRequiredPkdCodes().stream().map(PkdCode::getCode).sorted().toList());
    }
}
