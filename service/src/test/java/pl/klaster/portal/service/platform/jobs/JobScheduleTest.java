package pl.klaster.portal.service.platform.jobs;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobScheduleTest {

    @Test
    void secondsFallOnTheSameMarksOfEveryMinute() {
        JobSchedule every20 = JobSchedule.parse("20s");
        assertThat(every20.period()).isEqualTo(Duration.ofSeconds(20));
        assertThat(every20.expression().getSecond()).isEqualTo("*/20");
        assertThat(every20.expression().getMinute()).isEqualTo("*");
        assertThat(every20.expression().getHour()).isEqualTo("*");
    }

    @Test
    void minutesAndHoursStartAtTheirFirstSecond() {
        JobSchedule five = JobSchedule.parse(" 5m ");
        assertThat(five.period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(five.expression().getSecond()).isEqualTo("0");
        assertThat(five.expression().getMinute()).isEqualTo("*/5");

        JobSchedule six = JobSchedule.parse("6h");
        assertThat(six.period()).isEqualTo(Duration.ofHours(6));
        assertThat(six.expression().getMinute()).isEqualTo("0");
        assertThat(six.expression().getHour()).isEqualTo("*/6");
    }

    @Test
    void aPeriodThatDoesNotDivideItsUnitIsRefused() {
        // 7 s would fall on :00, :07 ... :56 and then :00 again, 4 s later: not a period
        assertThatThrownBy(() -> JobSchedule.parse("7s")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide 60");
        assertThatThrownBy(() -> JobSchedule.parse("0s")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobSchedule.parse("5h")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("divide 24");
        assertThatThrownBy(() -> JobSchedule.parse("20")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobSchedule.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void durationsTakeAnyAmount() {
        assertThat(JobSchedule.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(JobSchedule.duration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThatThrownBy(() -> JobSchedule.duration("0m")).isInstanceOf(IllegalArgumentException.class);
    }
}
