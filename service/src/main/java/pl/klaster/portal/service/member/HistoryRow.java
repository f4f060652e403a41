package pl.klaster.portal.service.member;

import pl.klaster.portal.domain.member.MemberStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step of a member's history timeline. */
public record HistoryRow(long id, MemberStatus fromStatus, MemberStatus toStatus, LocalDate effectiveOn,
                         String reason, LocalDate boardResolutionOn, String recommender1, String recommender2,
                         String changedBy, OffsetDateTime changedAt) implements Serializable {
}
