package pl.klaster.portal.domain.audit;

import java.util.Map;

/**
 * An entity whose changes go to the audit trail. It describes its own state as field name to display value;
 * the audit trail compares the state before and after a change and records each field that differs.
 */
public interface Auditable {

    /** Field name to value as text (null when empty), in a stable order. */
    Map<String, String> auditState();
}
