package pl.klaster.portal.service.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.audit.AuditEntry;
import pl.klaster.portal.domain.audit.Auditable;

import java.util.Map;
import java.util.Objects;

/**
 * Records changes in the calling service's transaction (so a rolled-back change leaves no trace and a saved
 * one always has its entry). Not a service of its own: pages cannot reach it.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";

    @PersistenceContext
    private EntityManager em;

    /** Every field of a new entity, as changes from nothing. */
    public void created(String actor, String entityType, long entityId, Long memberId, Auditable entity) {
        em.persist(new AuditEntry(actor, entityType, entityId, memberId, CREATE, null, null, null));
        changed(actor, entityType, entityId, memberId, Map.of(), entity.auditState());
    }

    /** One entry per field whose value differs between the two states. Returns how many fields changed. */
    public int changed(String actor, String entityType, long entityId, Long memberId,
                       Map<String, String> before, Map<String, String> after) {
        int count = 0;
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(blankToNull(old), blankToNull(field.getValue()))) {
                em.persist(new AuditEntry(actor, entityType, entityId, memberId, UPDATE, field.getKey(), old, field.getValue()));
                count++;
            }
        }
        return count;
    }

    /** Something that happened to an entity that is not a field change (an invitation, a deletion...). */
    public void event(String actor, String entityType, long entityId, Long memberId, String action, String detail) {
        em.persist(new AuditEntry(actor, entityType, entityId, memberId, action, null, null, detail));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
