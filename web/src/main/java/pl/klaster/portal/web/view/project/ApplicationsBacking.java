package pl.klaster.portal.web.view.project;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;
import pl.klaster.portal.web.faces.LazyRows;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** {@code /staff/applications.xhtml}: the pending applications of all projects, oldest first, to approve or reject. */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ParticipationService participations;
    @Inject
    private ServiceCalls calls;

    private LazyRows<ParticipationRow> rows;
    private ParticipationRow selected;
    private ParticipationRole role = ParticipationRole.PARTNER;
    private BigDecimal effort;
    private String reason;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(request -> participations.pending(request), ParticipationRow::id);
    }

    public void select(ParticipationRow row) {
        selected = row;
        role = ParticipationRole.PARTNER;
        effort = row.offeredEffort();
        reason = null;
    }

    public void approve() {
        if (calls.run(() -> participations.approve(selected.id(), selected.version(), role, effort),
                Map.of("role", "approveForm:role", "plannedEffort", "approveForm:effort"))) {
            FacesTexts.info("participation.approved", selected.memberName());
            rows.reset();
        }
    }

    public void reject() {
        if (calls.run(() -> participations.reject(selected.id(), selected.version(), reason), Map.of("reason", "rejectForm:reason"))) {
            FacesTexts.info("participation.rejected", selected.memberName());
            rows.reset();
        }
    }

    public LazyRows<ParticipationRow> getRows() {
        return rows;
    }

    public ParticipationRow getSelected() {
        return selected;
    }

    public ParticipationRole getRole() {
        return role;
    }

    public void setRole(ParticipationRole role) {
        this.role = role;
    }

    public BigDecimal getEffort() {
        return effort;
    }

    public void setEffort(BigDecimal effort) {
        this.effort = effort;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
