package pl.klaster.portal.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import pl.klaster.portal.domain.common.Lengths;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One step of a project's status history: from which status to which, effective when, why, recorded by whom. Never changed after it is written. */
@Entity
@Table(name = "project_status_change")
public class ProjectStatusChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "project_status_change_seq", sequenceName = "project_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ProjectStatus toStatus;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "reason", length = Lengths.REASON, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected ProjectStatusChange() {
    }

    public ProjectStatusChange(Project project, ProjectStatus fromStatus, ProjectStatus toStatus, LocalDate effectiveOn, String reason, String changedBy) {
        this.project = project;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = effectiveOn;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.changedBy = changedBy;
        this.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public ProjectStatus getFromStatus() {
        return fromStatus;
    }

    public ProjectStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
