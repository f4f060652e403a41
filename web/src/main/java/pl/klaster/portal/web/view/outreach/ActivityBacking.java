package pl.klaster.portal.web.view.outreach;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.service.audit.AuditRow;
import pl.klaster.portal.service.audit.AuditService;
import pl.klaster.portal.service.outreach.OutcomeRow;
import pl.klaster.portal.service.outreach.RegistrationRow;
import pl.klaster.portal.service.outreach.RegistrationService;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.web.faces.LazyRows;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code /staff/activity.xhtml?id=}: one activity with its registrations (places first, then the waiting list in
 * order), where staff confirm, decline or cancel registrations and, once it has started, record attendance; the
 * outcomes members reported; and the activity's audit trail.
 */
@Named
@ViewScoped
public class ActivityBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private OutreachService outreach;
    @Inject
    private RegistrationService registrations;
    @Inject
    private AuditService auditService;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private OutreachActivity activity;
    private List<RegistrationRow> rows;
    private List<OutcomeRow> outcomes;
    private LazyRows<AuditRow> audit;
    private RegistrationRow selected;
    private String reason;

    public void load() {
        if (id == null) {
            ServiceCalls.notFound();
            return;
        }
        activity = calls.get(() -> outreach.get(id), Map.of());
        if (activity != null) {
            refresh();
            long activityId = id;
            audit = new LazyRows<>(request -> auditService.forActivity(activityId, request), row -> row.occurredAt().toString() + row.field());
        }
    }

    private void refresh() {
        rows = registrations.ofActivity(id);
        outcomes = registrations.outcomesOf(id);
        if (audit != null) {
            audit.reset();
        }
    }

    public void select(RegistrationRow row) {
        selected = row;
        reason = null;
    }

    public void confirm(RegistrationRow row) {
        if (calls.run(() -> registrations.confirm(row.id(), row.version()), Map.of())) {
            FacesTexts.info("registration.confirmed", row.memberName());
            refresh();
        }
    }

    public void decline() {
        if (calls.run(() -> registrations.decline(selected.id(), selected.version(), reason), Map.of("reason", "declineForm:reason"))) {
            FacesTexts.info("registration.declined", selected.memberName());
            refresh();
        }
    }

    public void cancel(RegistrationRow row) {
        if (calls.run(() -> registrations.cancel(row.id(), row.version()), Map.of())) {
            FacesTexts.info("registration.cancelled", row.memberName());
            refresh();
        }
    }

    public void attendance(RegistrationRow row, boolean attended) {
        if (calls.run(() -> registrations.recordAttendance(row.id(), row.version(), attended), Map.of())) {
            FacesTexts.info(attended ? "registration.attended" : "registration.absent", row.memberName());
            refresh();
        }
    }

    /** Whether attendance can be recorded now (the activity has started). */
    public boolean isStarted() {
        return activity != null && activity.hasStarted(LocalDate.now());
    }

    public long getTaken() {
        return rows == null ? 0 : rows.stream().filter(r -> r.status().holdsPlace()).count();
    }

    public long getWaiting() {
        return rows == null ? 0 : rows.stream().filter(r -> r.status() == pl.klaster.portal.domain.outreach.RegistrationStatus.WAITING).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OutreachActivity getActivity() {
        return activity;
    }

    public List<RegistrationRow> getRows() {
        return rows;
    }

    public List<OutcomeRow> getOutcomes() {
        return outcomes;
    }

    public LazyRows<AuditRow> getAudit() {
        return audit;
    }

    public RegistrationRow getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
