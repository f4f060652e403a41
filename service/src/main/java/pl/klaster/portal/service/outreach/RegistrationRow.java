package pl.klaster.portal.service.outreach;

import pl.klaster.portal.domain.outreach.RegistrationStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A registration as lists show it; {@code outcomeId} is set when an outcome has been reported. */
public record RegistrationRow(long id, long activityId, String activityTitlePl, String activityTitleEn, LocalDate startDate,
                              LocalDate endDate, LocalDate registrationDeadline, long memberId, String memberName,
                              RegistrationStatus status, String persons, OffsetDateTime registeredAt, String statusReason,
                              Long outcomeId, long version) implements Serializable {

    public String activityTitle(String language) {
        return "en".equals(language) ? activityTitleEn : activityTitlePl;
    }
}
