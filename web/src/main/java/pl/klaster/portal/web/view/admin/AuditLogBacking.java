package pl.klaster.portal.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.audit.AuditRow;
import pl.klaster.portal.service.audit.AuditService;
import pl.klaster.portal.web.faces.LazyRows;

import java.io.Serial;
import java.io.Serializable;

/** {@code /admin/audit.xhtml}: the whole audit trail, newest first. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private LazyRows<AuditRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(request -> audit.all(request), row -> row.occurredAt().toString() + row.entityId() + row.field());
    }

    public LazyRows<AuditRow> getRows() {
        return rows;
    }
}
