package pl.klaster.portal.service.fee;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment towards a fee. */
public record PaymentRow(long id, long feeId, int year, LocalDate paidOn, BigDecimal amount, String note,
                         String recordedBy) implements Serializable {
}
