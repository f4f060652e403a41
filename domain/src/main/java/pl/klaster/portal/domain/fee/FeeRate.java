package pl.klaster.portal.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.member.SizeClass;

import java.math.BigDecimal;

/** The yearly membership fee for members of one size class, in PLN. One rate per year and size class. */
@Entity
@Table(name = "fee_rate")
public class FeeRate extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "fee_rate_seq", sequenceName = "fee_rate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_rate_seq")
    private Long id;

    @Min(value = 2000, message = "{fee.year.invalid}")
    @Max(value = 2100, message = "{fee.year.invalid}")
    @Column(name = "fee_year", nullable = false)
    private int year;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 10)
    private SizeClass sizeClass;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0.00", message = "{validation.notNegative}")
    @Digits(integer = 10, fraction = 2, message = "{validation.money}")
    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    protected FeeRate() {
    }

    public FeeRate(int year, SizeClass sizeClass, BigDecimal amount) {
        this.year = year;
        this.sizeClass = sizeClass;
        this.amount = amount;
    }

    @Override
    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
