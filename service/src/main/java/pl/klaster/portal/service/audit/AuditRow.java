package pl.klaster.portal.service.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of the audit trail as the pages show it. */
public record AuditRow(OffsetDateTime occurredAt, String actor, String entityType, Long entityId, String action,
                       String field, String oldValue, String newValue) implements Serializable {
}
