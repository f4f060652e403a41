package pl.klaster.portal.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.mail.OutboxRow;
import pl.klaster.portal.service.mail.OutboxService;
import pl.klaster.portal.web.faces.LazyRows;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/** {@code /admin/outbox.xhtml}: the mails the portal sent, is sending, or kept (no mail server configured). */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxService outbox;
    @Inject
    private ServiceCalls calls;

    private LazyRows<OutboxRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(request -> outbox.mails(request), OutboxRow::id);
    }

    public void retry(OutboxRow row) {
        if (calls.run(() -> outbox.retry(row.id()), Map.of())) {
            FacesTexts.info("outbox.retried", row.recipient());
            rows.reset();
        }
    }

    public LazyRows<OutboxRow> getRows() {
        return rows;
    }
}
