package pl.klaster.portal.domain.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Set;

/**
 * An exact amount of money with its currency (PLN or EUR), two decimals, never floating point. Embedded with
 * column names given by the owner ({@code @AttributeOverride}).
 */
@Embeddable
public class Money implements Serializable {

    public static final Set<String> CURRENCIES = Set.of("PLN", "EUR");
    private static final long serialVersionUID = 1L;

    @Column(name = "amount", precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    public Money() {
    }

    public Money(BigDecimal amount, String currency) {
        this.amount = amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
        this.currency = currency;
    }

    public static Money pln(String amount) {
        return new Money(new BigDecimal(amount), "PLN");
    }

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    public boolean isEmpty() {
        return amount == null;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && Objects.equals(currency, m.currency)
                && (amount == null ? m.amount == null : m.amount != null && amount.compareTo(m.amount) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount == null ? null : amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return amount == null ? "" : amount.toPlainString() + " " + currency;
    }
}
