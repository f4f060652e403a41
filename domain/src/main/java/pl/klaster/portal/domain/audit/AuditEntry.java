package pl.klaster.portal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One recorded change: an action on an entity, and for updates the field with its old and new value.
 * Immutable once written (no setters; the table is append-only from the application).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    public static final int VALUE_LENGTH = 2000;
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    /** The member company the change concerns, so its page can show its whole trail; null if none. */
    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Column(name = "action", nullable = false, updatable = false, length = 30)
    private String action;

    @Column(name = "field", updatable = false, length = 60)
    private String field;

    @Column(name = "old_value", updatable = false, length = VALUE_LENGTH)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = VALUE_LENGTH)
    private String newValue;

    protected AuditEntry() {
    }

    public AuditEntry(String actor, String entityType, Long entityId, Long memberId, String action,
                      String field, String oldValue, String newValue) {
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.memberId = memberId;
        this.action = action;
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
