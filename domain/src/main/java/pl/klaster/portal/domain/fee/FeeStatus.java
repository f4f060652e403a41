package pl.klaster.portal.domain.fee;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a member's fee for a year stands: paid in full, partly paid, unpaid, and overdue (not paid in full
 * after its due date). {@link #NONE} means no fee is due for the year.
 */
public enum FeeStatus {
    PAID,
    PARTIAL,
    UNPAID,
    OVERDUE,
    NONE;

    public static FeeStatus of(BigDecimal due, BigDecimal paid, LocalDate dueDate, LocalDate today) {
        if (due == null) {
            return NONE;
        }
        BigDecimal settled = paid == null ? BigDecimal.ZERO : paid;
        if (settled.compareTo(due) >= 0) {
            return PAID;
        }
        if (dueDate != null && today.isAfter(dueDate)) {
            return OVERDUE;
        }
        return settled.signum() > 0 ? PARTIAL : UNPAID;
    }
}
