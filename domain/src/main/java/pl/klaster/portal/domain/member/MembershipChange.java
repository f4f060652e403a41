package pl.klaster.portal.domain.member;

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

/**
 * One step of a member's history: from which status to which, effective on which date, why, and who recorded
 * it. An admission also carries the board resolution date and the two recommending members. Never changed
 * after it is written.
 */
@Entity
@Table(name = "membership_change")
public class MembershipChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "membership_change_seq", sequenceName = "membership_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private MemberStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private MemberStatus toStatus;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "reason", nullable = false, length = Lengths.REASON, updatable = false)
    private String reason;

    @Column(name = "board_resolution_on", updatable = false)
    private LocalDate boardResolutionOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommender1_id", updatable = false)
    private Member recommender1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommender2_id", updatable = false)
    private Member recommender2;

    @Column(name = "changed_by", nullable = false, length = 64, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected MembershipChange() {
    }

    public MembershipChange(Member member, MemberStatus fromStatus, MemberStatus toStatus, LocalDate effectiveOn,
                            String reason, String changedBy) {
        this.member = member;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Records the board resolution and the recommending members of an admission. */
    public MembershipChange admission(LocalDate resolutionOn, Member first, Member second) {
        this.boardResolutionOn = resolutionOn;
        this.recommender1 = first;
        this.recommender2 = second;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public MemberStatus getFromStatus() {
        return fromStatus;
    }

    public MemberStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getBoardResolutionOn() {
        return boardResolutionOn;
    }

    public Member getRecommender1() {
        return recommender1;
    }

    public Member getRecommender2() {
        return recommender2;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }
}
