package pl.klaster.portal.domain.fee;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FeeStatusTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);
    private static final BigDecimal FEE = new BigDecimal("1200.00");

    @Test
    void paidInFullIsPaidWhateverTheDate() {
        assertThat(FeeStatus.of(FEE, new BigDecimal("1200.00"), DUE, DUE.plusYears(1))).isEqualTo(FeeStatus.PAID);
        assertThat(FeeStatus.of(FEE, new BigDecimal("1300"), DUE, DUE)).isEqualTo(FeeStatus.PAID);
    }

    @Test
    void beforeTheDueDateItIsUnpaidOrPartlyPaid() {
        assertThat(FeeStatus.of(FEE, BigDecimal.ZERO, DUE, DUE)).isEqualTo(FeeStatus.UNPAID);
        assertThat(FeeStatus.of(FEE, new BigDecimal("0.01"), DUE, DUE.minusDays(5))).isEqualTo(FeeStatus.PARTIAL);
    }

    @Test
    void afterTheDueDateAnythingShortIsOverdue() {
        assertThat(FeeStatus.of(FEE, new BigDecimal("1199.99"), DUE, DUE.plusDays(1))).isEqualTo(FeeStatus.OVERDUE);
        assertThat(FeeStatus.of(FEE, null, DUE, DUE.plusDays(1))).isEqualTo(FeeStatus.OVERDUE);
    }

    @Test
    void noFeeIsNone() {
        assertThat(FeeStatus.of(null, null, null, DUE)).isEqualTo(FeeStatus.NONE);
    }
}
