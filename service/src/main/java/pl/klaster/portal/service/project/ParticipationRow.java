package pl.klaster.portal.service.project;

import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.domain.project.ParticipationStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A participation (or application) as lists show it. */
public record ParticipationRow(long id, long projectId, String projectTitlePl, String projectTitleEn, long memberId,
                               String memberName, ParticipationStatus status, ParticipationRole role, String motivation,
                               BigDecimal offeredEffort, BigDecimal plannedEffort, BigDecimal reportedEffort,
                               LocalDate startDate, LocalDate endDate, OffsetDateTime appliedAt, String appliedBy,
                               OffsetDateTime decidedAt, String decidedBy, String decisionReason, long version)
        implements Serializable {

    public String projectTitle(String language) {
        return "en".equals(language) ? projectTitleEn : projectTitlePl;
    }
}
