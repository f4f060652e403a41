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
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A payment towards a member's yearly fee: when, how much (PLN), a note, and who recorded it. */
@Entity
@Table(name = "fee_payment")
public class FeePayment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "fee_payment_seq", sequenceName = "fee_payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_payment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_fee_id", nullable = false, updatable = false)
    private MemberFee fee;

    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.notInFuture}")
    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.01", message = "{validation.positive}")
    @Digits(integer = 10, fraction = 2, message = "{validation.money}")
    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Size(max = 300, message = "{validation.tooLong}")
    @Column(name = "note", length = 300)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected FeePayment() {
    }

    public FeePayment(MemberFee fee, LocalDate paidOn, BigDecimal amount, String note, String recordedBy) {
        this.fee = fee;
        this.paidOn = paidOn;
        this.amount = amount;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public MemberFee getFee() {
        return fee;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
