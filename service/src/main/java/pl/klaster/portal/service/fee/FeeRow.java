package pl.klaster.portal.service.fee;

import pl.klaster.portal.domain.fee.FeeStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A member's fee for one year, with its status on the day it was read. */
public record FeeRow(long id, long memberId, String memberName, int year, BigDecimal amountDue, BigDecimal amountPaid,
                     LocalDate dueOn, long version) implements Serializable {

    public FeeStatus status() {
        return FeeStatus.of(amountDue, amountPaid, dueOn, LocalDate.now());
    }

    public BigDecimal outstanding() {
        return amountDue.subtract(amountPaid).max(BigDecimal.ZERO);
    }
}
