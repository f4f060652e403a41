package pl.klaster.portal.service.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The period of a report: a year, or a range when both ends are given; membership is counted on its last day. */
class ReportFilterTest {

    @Test
    void aYearRunsFromTheFirstOfJanuaryToTheLastOfDecember() {
        ReportFilter filter = ReportFilter.year(2021);

        assertThat(filter.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(filter.end()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(filter.day()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void aRangeWinsOverTheYearOnlyWhenBothEndsAreGiven() {
        ReportFilter range = new ReportFilter(2021, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 6, 30), null, null, null);
        ReportFilter halfRange = new ReportFilter(2021, LocalDate.of(2021, 3, 1), null, null, null, null);

        assertThat(range.start()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(range.end()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(halfRange.start()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(halfRange.end()).isEqualTo(LocalDate.of(2021, 12, 31));
    }

    @Test
    void membershipOfAPeriodNotYetEndedIsCountedToday() {
        int thisYear = LocalDate.now().getYear();

        assertThat(ReportFilter.year(thisYear).day()).isEqualTo(LocalDate.now());
    }

    @Test
    void thePreviousYearShiftsTheRangeAndKeepsTheOtherFilters() {
        ReportFilter filter = new ReportFilter(2024, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 5, 31),
                pl.klaster.portal.domain.member.MemberType.ENTERPRISE, pl.klaster.portal.domain.member.SizeClass.SMALL, 7L);

        ReportFilter before = filter.previousYear();

        assertThat(before.year()).isEqualTo(2023);
        assertThat(before.start()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(before.end()).isEqualTo(LocalDate.of(2023, 5, 31));
        assertThat(before.memberType()).isEqualTo(filter.memberType());
        assertThat(before.sizeClass()).isEqualTo(filter.sizeClass());
        assertThat(before.programmeId()).isEqualTo(7L);
        assertThat(ReportFilter.year(2024).previousYear()).isEqualTo(ReportFilter.year(2023));
    }
}
