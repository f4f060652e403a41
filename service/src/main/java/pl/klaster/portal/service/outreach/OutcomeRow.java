package pl.klaster.portal.service.outreach;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An outcome report as lists show it: what one member company got out of one activity. */
public record OutcomeRow(long id, long registrationId, long memberId, String memberName, int b2bMeetings, int contactsMade,
                         int leads, int agreements, BigDecimal exportAmount, String exportCurrency, List<String> countries,
                         String notes, String reportedBy, OffsetDateTime reportedAt) implements Serializable {
}
