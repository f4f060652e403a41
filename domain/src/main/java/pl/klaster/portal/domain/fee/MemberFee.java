package pl.klaster.portal.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.member.Member;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fee a member owes for one year, with the total paid so far (kept in step with its payments by the
 * service, so lists can filter by fee status with one indexed query).
 */
@Entity
@Table(name = "member_fee")
public class MemberFee extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "member_fee_seq", sequenceName = "member_fee_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_fee_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Column(name = "fee_year", nullable = false, updatable = false)
    private int year;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.00", message = "{validation.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{validation.money}")
    @Column(name = "amount_due", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountDue;

    @Column(name = "amount_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal amountPaid = BigDecimal.ZERO.setScale(2);

    @NotNull(message = "{validation.required}")
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected MemberFee() {
    }

    public MemberFee(Member member, int year, BigDecimal amountDue, LocalDate dueOn) {
        this.member = member;
        this.year = year;
        this.amountDue = amountDue;
        this.dueOn = dueOn;
    }

    public FeeStatus status(LocalDate today) {
        return FeeStatus.of(amountDue, amountPaid, dueOn, today);
    }

    /** Adds a payment to the total paid. */
    public void paid(BigDecimal amount) {
        this.amountPaid = this.amountPaid.add(amount);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmountDue() {
        return amountDue;
    }

    public void setAmountDue(BigDecimal amountDue) {
        this.amountDue = amountDue;
    }

    public BigDecimal getAmountPaid() {
        return amountPaid;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
