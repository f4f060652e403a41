package pl.klaster.portal.service.report.export;

import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportHeader;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.RowSource;
import pl.klaster.portal.service.report.table.TableReport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Reports the writer tests share: a small one with every kind of column, and long ones made up on the fly. */
final class SampleReports {

    static final Locale POLISH = Locale.forLanguageTag("pl-PL");
    static final String CLUSTER = "Klaster Obróbki Metali „Śląsk”";
    static final String TITLE = "Składki członkowskie: 2026/Q1 [wstępne]";
    static final List<String> FILTERS = List.of("Rok: 2026", "Członkowie: wszyscy");
    static final OffsetDateTime GENERATED_AT = OffsetDateTime.of(2026, 3, 14, 10, 30, 0, 0, ZoneOffset.ofHours(1));

    /** Every letter of Polish that is not in ASCII, as the PDF must show them. */
    static final String POLISH_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ";

    /** A name with both separators, a quote and a line break: it survives CSV only if it is quoted right. */
    static final String AWKWARD_NAME = "Kowalski; \"Nowak\", i syn\r\nOddział Łódź";
    static final String PANGRAM_NAME = "Zażółć gęślą jaźń sp. z o.o.";
    static final String CAPITALS_NAME = "ĄĆĘŁŃÓŚŹŻ Export S.A., Łódź";

    static final List<Column> COLUMNS = List.of(
            Column.text("Firma"),
            Column.integer("Liczba projektów"),
            Column.decimal("Godziny"),
            Column.money("Składki PLN", "PLN"),
            Column.money("Granty EUR", "EUR"),
            Column.percent("Udział"),
            Column.date("Data przystąpienia"));

    static final List<ReportRow> ROWS = List.of(
            ReportRow.data(PANGRAM_NAME, 12L, new BigDecimal("1234.50"), new BigDecimal("1234.56"),
                    new BigDecimal("100.00"), new BigDecimal("0.25"), LocalDate.of(2024, 3, 1)),
            ReportRow.data(AWKWARD_NAME, 3L, new BigDecimal("10.25"), new BigDecimal("2500"),
                    new BigDecimal("49.99"), new BigDecimal("0.125"), LocalDate.of(2023, 11, 30)),
            ReportRow.subtotal("Razem grupa A", 15L, new BigDecimal("1244.75"), new BigDecimal("3734.56"),
                    new BigDecimal("149.99"), null, null),
            ReportRow.data(CAPITALS_NAME, 7L, new BigDecimal("0.5"), new BigDecimal("1000000.01"),
                    null, new BigDecimal("0.5"), null),
            ReportRow.subtotal("Razem grupa B", 7L, new BigDecimal("0.5"), new BigDecimal("1000000.01"),
                    null, null, null),
            ReportRow.total("Razem", 22L, new BigDecimal("1245.25"), new BigDecimal("1003734.57"),
                    new BigDecimal("149.99"), null, null));

    private SampleReports() {
    }

    static ReportHeader header(Locale locale) {
        return new ReportHeader(CLUSTER, TITLE, FILTERS, GENERATED_AT, locale, "skladki-2026");
    }

    static TableReport small(Locale locale) {
        return new TableReport(header(locale), COLUMNS, ROWS::forEach);
    }

    /**
     * {@code dataRows} rows made up as they are read (never a list), a subtotal after every 1,000 and the total
     * last; {@code reads} counts how often the rows were read.
     */
    static TableReport generated(int dataRows, AtomicInteger reads) {
        RowSource rows = sink -> {
            reads.incrementAndGet();
            long groupCount = 0;
            BigDecimal groupFees = BigDecimal.ZERO;
            long count = 0;
            BigDecimal fees = BigDecimal.ZERO;
            for (int i = 1; i <= dataRows; i++) {
                BigDecimal fee = BigDecimal.valueOf(i % 9_000 * 137L + 5, 2);
                sink.accept(ReportRow.data("Członek nr " + i + " – Żuraw Łęczyca", (long) (i % 40),
                        BigDecimal.valueOf(i % 1_000, 1), fee, i % 3 == 0 ? null : BigDecimal.valueOf(i % 500, 2),
                        BigDecimal.valueOf(i % 100, 2), LocalDate.of(2020, 1, 1).plusDays(i % 2_000)));
                groupCount++;
                groupFees = groupFees.add(fee);
                if (i % 1_000 == 0 || i == dataRows) {
                    sink.accept(ReportRow.subtotal("Razem grupa " + (i - 1) / 1_000, groupCount, null, groupFees,
                            null, null, null));
                    count += groupCount;
                    fees = fees.add(groupFees);
                    groupCount = 0;
                    groupFees = BigDecimal.ZERO;
                }
            }
            sink.accept(ReportRow.total("Razem", count, null, fees, null, null, null));
        };
        return new TableReport(header(POLISH), COLUMNS, rows);
    }
}
