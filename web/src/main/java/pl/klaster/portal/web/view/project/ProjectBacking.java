package pl.klaster.portal.web.view.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectLifecycle;
import pl.klaster.portal.domain.project.ProjectStatus;
import pl.klaster.portal.service.member.MemberOption;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.project.DocumentRow;
import pl.klaster.portal.service.project.MatchRow;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.service.project.StatusChangeRow;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.security.CurrentUser;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /staff/project.xhtml?id=} (and read-only {@code /reports/project.xhtml?id=}): one project with its
 * participants and applications, the members that fit it, documents, and status history; for staff the actions:
 * status changes, opening and closing applications, approving, rejecting, enrolling, effort, ending.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;
    @Inject
    private ParticipationService participations;
    @Inject
    private MemberService members;
    @Inject
    private ServiceCalls calls;
    @Inject
    private CurrentUser currentUser;

    private Long id;
    private Project project;
    private List<ParticipationRow> participants;
    private List<MatchRow> matches;
    private List<DocumentRow> documents;
    private List<StatusChangeRow> history;

    private ProjectStatus targetStatus;
    private LocalDate statusDate = LocalDate.now();
    private String statusReason;
    private LocalDate deadline;
    private Integer maxParticipants;

    private ParticipationRow selected;
    private ParticipationRole role = ParticipationRole.PARTNER;
    private BigDecimal effort;
    private String reason;
    private LocalDate endDate = LocalDate.now();
    private MemberOption enrolMember;

    public void load() {
        if (id == null) {
            ServiceCalls.notFound();
            return;
        }
        project = calls.get(() -> projects.get(id), Map.of());
        if (project == null) {
            return;
        }
        participants = participations.participants(id);
        documents = projects.documents(id);
        history = projects.statusHistory(id);
        matches = isStaffOrBoard() ? projects.matchingMembers(id, 20) : List.of();
        deadline = project.getApplicationDeadline() == null ? LocalDate.now().plusDays(30) : project.getApplicationDeadline();
        maxParticipants = project.getMaxParticipants();
    }

    public boolean isStaffOrBoard() {
        return currentUser.hasRole("STAFF") || currentUser.hasRole("ADMIN") || currentUser.hasRole("MANAGEMENT");
    }

    public Set<ProjectStatus> getNextStatuses() {
        return ProjectLifecycle.next(project.getStatus());
    }

    public void changeStatus() {
        if (calls.run(() -> projects.changeStatus(id, project.getVersion(), targetStatus, statusDate, statusReason),
                Map.of("status", "statusForm:target", "effectiveOn", "statusForm:date"))) {
            FacesTexts.info("project.status.changed");
            statusReason = null;
            load();
        }
    }

    public void openApplications() {
        if (calls.run(() -> projects.openApplications(id, project.getVersion(), deadline, maxParticipants),
                Map.of("deadline", "openForm:deadline", "maxParticipants", "openForm:max"))) {
            FacesTexts.info("project.applications.opened");
            load();
        }
    }

    public void closeApplications() {
        if (calls.run(() -> projects.closeApplications(id, project.getVersion()), Map.of())) {
            FacesTexts.info("project.applications.closed");
            load();
        }
    }

    public void select(ParticipationRow row) {
        selected = row;
        role = row.role() == null ? ParticipationRole.PARTNER : row.role();
        effort = row.status().name().equals("PENDING") ? row.offeredEffort() : row.reportedEffort();
        reason = null;
        endDate = LocalDate.now();
    }

    public void approve() {
        if (calls.run(() -> participations.approve(selected.id(), selected.version(), role, effort),
                Map.of("role", "approveForm:role", "plannedEffort", "approveForm:effort"))) {
            FacesTexts.info("participation.approved", selected.memberName());
            load();
        }
    }

    public void reject() {
        if (calls.run(() -> participations.reject(selected.id(), selected.version(), reason), Map.of("reason", "rejectForm:reason"))) {
            FacesTexts.info("participation.rejected", selected.memberName());
            load();
        }
    }

    public void recordEffort() {
        if (calls.run(() -> participations.recordEffort(selected.id(), selected.version(), effort),
                Map.of("reportedEffort", "effortForm:effort"))) {
            FacesTexts.info("participation.effort.saved");
            load();
        }
    }

    public void end() {
        if (calls.run(() -> participations.end(selected.id(), selected.version(), endDate, reason),
                Map.of("endDate", "endForm:endDate"))) {
            FacesTexts.info("participation.ended", selected.memberName());
            load();
        }
    }

    public List<MemberOption> completeMember(String text) {
        return members.findActive(text, 15);
    }

    public void startEnrol() {
        enrolMember = null;
        role = ParticipationRole.PARTNER;
        effort = null;
    }

    public void enrol() {
        if (calls.get(() -> participations.enrol(id, enrolMember == null ? -1 : enrolMember.id(), role, effort),
                Map.of("member", "enrolForm:member", "role", "enrolForm:role", "plannedEffort", "enrolForm:effort")) != null) {
            FacesTexts.info("participation.enrolled", enrolMember.name());
            load();
        }
    }

    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        byte[] data = event.getFile().getContent();
        if (calls.get(() -> projects.upload(id, name, data), Map.of("document", "tabs:documentsForm:document")) != null) {
            FacesTexts.info("project.document.saved", name);
            documents = projects.documents(id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public List<ParticipationRow> getParticipants() {
        return participants;
    }

    public List<MatchRow> getMatches() {
        return matches;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public List<StatusChangeRow> getHistory() {
        return history;
    }

    public ProjectStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(ProjectStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
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

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public MemberOption getEnrolMember() {
        return enrolMember;
    }

    public void setEnrolMember(MemberOption enrolMember) {
        this.enrolMember = enrolMember;
    }
}
