package pl.klaster.portal.web.view.reports;

import org.junit.jupiter.api.Test;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.service.report.ReportFilter;
import pl.klaster.portal.service.report.ReportKind;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request parameters of a report page and of its downloads become a filter, or nothing when one of them is
 * not valid (the page then says so and the download answers 400). Each report takes only the filters that fit it.
 */
class ReportBackingTest {

    @Test
    void theKindIsReadInAnyCaseAndAnUnknownOneIsNothing() {
        assertThat(ReportBacking.parseKind("eccp")).isEqualTo(ReportKind.ECCP);
        assertThat(ReportBacking.parseKind("FUNNEL")).isEqualTo(ReportKind.FUNNEL);
        assertThat(ReportBacking.parseKind("payroll")).isNull();
        assertThat(ReportBacking.parseKind(null)).isNull();
    }

    @Test
    void withoutAYearTheCurrentYearIsReported() {
        assertThat(ReportBacking.filterOf(ReportKind.ECCP, null, null, null, null, null, null))
                .isEqualTo(ReportFilter.year(LocalDate.now().getYear()));
    }

    @Test
    void theFeesReportTakesTypeAndSizeButNoRangeOrProgramme() {
        ReportFilter filter = ReportBacking.filterOf(ReportKind.FEES, 2025, "2025-01-01", "2025-03-31", "ENTERPRISE", "MICRO", 3L);

        assertThat(filter).isEqualTo(new ReportFilter(2025, null, null, MemberType.ENTERPRISE, SizeClass.MICRO, null));
    }

    @Test
    void theFunnelTakesADateRange() {
        ReportFilter filter = ReportBacking.filterOf(ReportKind.FUNNEL, 2025, "2025-01-01", "2025-03-31", "ENTERPRISE", null, null);

        assertThat(filter.start()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(filter.end()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(filter.memberType()).isNull();
    }

    @Test
    void theParticipationMatrixTakesProgrammeAndType() {
        ReportFilter filter = ReportBacking.filterOf(ReportKind.PARTICIPATION, 2025, null, null, "UNIVERSITY", "LARGE", 4L);

        assertThat(filter).isEqualTo(new ReportFilter(2025, null, null, MemberType.UNIVERSITY, null, 4L));
    }

    @Test
    void badValuesGiveNoFilter() {
        assertThat(ReportBacking.filterOf(ReportKind.FUNNEL, 2025, "2025-13-01", "2025-12-31", null, null, null)).isNull();
        assertThat(ReportBacking.filterOf(ReportKind.FUNNEL, 2025, "2025-06-01", "2025-05-31", null, null, null)).isNull();
        assertThat(ReportBacking.filterOf(ReportKind.FEES, 2025, null, null, "PIRATE", null, null)).isNull();
        assertThat(ReportBacking.filterOf(ReportKind.FEES, 2025, null, null, null, "HUGE", null)).isNull();
        assertThat(ReportBacking.filterOf(ReportKind.ECCP, 1200, null, null, null, null, null)).isNull();
        assertThat(ReportBacking.filterOf(ReportKind.ECCP, 99999, null, null, null, null, null)).isNull();
    }
}
