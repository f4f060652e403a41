package pl.klaster.portal.service.project;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One dated status change of a project or a participation (status names as text, their enum's constants). */
public record StatusChangeRow(String fromStatus, String toStatus, LocalDate effectiveOn, String reason, String changedBy,
                              OffsetDateTime changedAt) implements Serializable {
}
