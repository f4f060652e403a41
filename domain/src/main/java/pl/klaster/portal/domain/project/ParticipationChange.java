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

/** One step of a participation's history: from which status to which, when, by whom, why. Never changed after it is written. */
@Entity
@Table(name = "participation_change")
public class ParticipationChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "participation_change_seq", sequenceName = "participation_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participation_id", nullable = false, updatable = false)
    private Participation participation;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private ParticipationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ParticipationStatus toStatus;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "reason", length = Lengths.REASON, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected ParticipationChange() {
    }

    public ParticipationChange(Participation participation, ParticipationStatus fromStatus, ParticipationStatus toStatus, LocalDate effectiveOn, String reason, String changedBy) {
        this.participation = participation;
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

    public Participation getParticipation() {
        return participation;
    }

    public ParticipationStatus getFromStatus() {
        return fromStatus;
    }

    public ParticipationStatus getToStatus() {
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
