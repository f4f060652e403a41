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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member's participation in a project, from its application (or enrolment by staff) on.
 * <p>
 * States: {@code PENDING} (applied) → {@code APPROVED} (taking part, with a role and planned effort) or
 * {@code REJECTED} (with a reason); a pending application can be {@code WITHDRAWN} by the member; an approved
 * participation {@code ENDED}. While pending or approved, the participation holds the member's "active key" for
 * the project: the database allows one such per member and project, so the same member can never apply twice,
 * not even with two clicks at once. Effort is in person-days, exact decimals.
 */
@Entity
@Table(name = "participation")
public class Participation extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "participation_seq", sequenceName = "participation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ParticipationStatus status = ParticipationStatus.PENDING;

    /** The member's id while pending or approved, else null (unique per project: one live participation). */
    @Column(name = "active_key")
    private Long activeKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private ParticipationRole role;

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "motivation", length = Lengths.DESCRIPTION)
    private String motivation;

    @ManyToMany
    @JoinTable(name = "participation_capability", joinColumns = @JoinColumn(name = "participation_id"),
            inverseJoinColumns = @JoinColumn(name = "capability_id"))
    @OrderBy("name")
    private Set<Capability> offeredCapabilities = new LinkedHashSet<>();

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @DecimalMax(value = "100000", message = "{validation.tooLarge}")
    @Digits(integer = 6, fraction = 1, message = "{validation.effort}")
    @Column(name = "offered_effort", precision = 7, scale = 1)
    private BigDecimal offeredEffort;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @DecimalMax(value = "100000", message = "{validation.tooLarge}")
    @Digits(integer = 6, fraction = 1, message = "{validation.effort}")
    @Column(name = "planned_effort", precision = 7, scale = 1)
    private BigDecimal plannedEffort;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @DecimalMax(value = "100000", message = "{validation.tooLarge}")
    @Digits(integer = 6, fraction = 1, message = "{validation.effort}")
    @Column(name = "reported_effort", precision = 7, scale = 1)
    private BigDecimal reportedEffort;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private OffsetDateTime appliedAt;

    @Column(name = "applied_by", nullable = false, length = 64, updatable = false)
    private String appliedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Size(max = Lengths.REASON, message = "{validation.tooLong}")
    @Column(name = "decision_reason", length = Lengths.REASON)
    private String decisionReason;

    protected Participation() {
    }

    public Participation(Project project, Member member, String appliedBy) {
        this.project = project;
        this.member = member;
        this.appliedBy = appliedBy;
        this.appliedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.activeKey = member.getId();
    }

    /** Moves to a new status; keeps the "active key" in step (held only while pending or approved). */
    public void changeStatus(ParticipationStatus to) {
        this.status = to;
        this.activeKey = to == ParticipationStatus.PENDING || to == ParticipationStatus.APPROVED ? member.getId() : null;
    }

    public void decided(String by, String reason) {
        this.decidedBy = by;
        this.decidedAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("status", status.name());
        s.put("role", role == null ? null : role.name());
        s.put("motivation", motivation);
        s.put("offeredCapabilities", offeredCapabilities.stream().map(Capability::getName).sorted().collect(Collectors.joining(", ")));
        s.put("offeredEffort", offeredEffort == null ? null : offeredEffort.toPlainString());
        s.put("plannedEffort", plannedEffort == null ? null : plannedEffort.toPlainString());
        s.put("reportedEffort", reportedEffort == null ? null : reportedEffort.toPlainString());
        s.put("startDate", startDate == null ? null : startDate.toString());
        s.put("endDate", endDate == null ? null : endDate.toString());
        s.put("decisionReason", decisionReason);
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Member getMember() {
        return member;
    }

    public ParticipationStatus getStatus() {
        return status;
    }

    public ParticipationRole getRole() {
        return role;
    }

    public void setRole(ParticipationRole role) {
        this.role = role;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation == null || motivation.isBlank() ? null : motivation.trim();
    }

    public Set<Capability> getOfferedCapabilities() {
        return offeredCapabilities;
    }

    public void setOfferedCapabilities(Set<Capability> offeredCapabilities) {
        this.offeredCapabilities = offeredCapabilities;
    }

    public BigDecimal getOfferedEffort() {
        return offeredEffort;
    }

    public void setOfferedEffort(BigDecimal offeredEffort) {
        this.offeredEffort = offeredEffort;
    }

    public BigDecimal getPlannedEffort() {
        return plannedEffort;
    }

    public void setPlannedEffort(BigDecimal plannedEffort) {
        this.plannedEffort = plannedEffort;
    }

    public BigDecimal getReportedEffort() {
        return reportedEffort;
    }

    public void setReportedEffort(BigDecimal reportedEffort) {
        this.reportedEffort = reportedEffort;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public OffsetDateTime getAppliedAt() {
        return appliedAt;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
