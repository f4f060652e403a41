package pl.klaster.portal.service.report.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.TableReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.klaster.portal.service.report.export.SampleReports.AWKWARD_NAME;
import static pl.klaster.portal.service.report.export.SampleReports.CAPITALS_NAME;
import static pl.klaster.portal.service.report.export.SampleReports.PANGRAM_NAME;
import static pl.klaster.portal.service.report.export.SampleReports.POLISH;

/** The file is read back by a real CSV parser (Commons CSV), as a program importing it would. */
class CsvReportWriterTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] write(char separator, TableReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvReportWriter(separator).write(report, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(char separator, byte[] csv) throws IOException {
        String text = new String(csv, UTF8_BOM.length, csv.length - UTF8_BOM.length, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';'})
    void writesTheLabelsThenEveryRowWithPlainValuesThatAParserReadsBack(char separator) throws IOException {
        byte[] csv = write(separator, SampleReports.small(POLISH));

        assertThat(csv).startsWith(UTF8_BOM);
        List<CSVRecord> records = parse(separator, csv);
        assertThat(records).hasSize(7);
        assertThat(records.get(0).values()).containsExactly("Firma", "Liczba projektów", "Godziny", "Składki PLN",
                "Granty EUR", "Udział", "Data przystąpienia");
        assertThat(records.get(1).values()).containsExactly(PANGRAM_NAME, "12", "1234.50", "1234.56", "100.00", "0.25",
                "2024-03-01");
        assertThat(records.get(2).values()).containsExactly(AWKWARD_NAME, "3", "10.25", "2500.00", "49.99", "0.125",
                "2023-11-30");
        assertThat(records.get(3).values()).containsExactly("Razem grupa A", "15", "1244.75", "3734.56", "149.99", "", "");
        assertThat(records.get(4).values()).containsExactly(CAPITALS_NAME, "7", "0.5", "1000000.01", "", "0.5", "");
        assertThat(records.get(6).values()).containsExactly("Razem", "22", "1245.25", "1003734.57", "149.99", "", "");
        assertThat(records).allSatisfy(record -> assertThat(record.size()).isEqualTo(7));
    }

    @Test
    void quotesOnlyWhatMustBeQuotedAndEndsEveryLineWithCrlf() throws IOException {
        String semicolons = new String(write(';', SampleReports.small(POLISH)), StandardCharsets.UTF_8);
        String commas = new String(write(',', SampleReports.small(POLISH)), StandardCharsets.UTF_8);

        assertThat(semicolons).startsWith("\uFEFFFirma;Liczba projektów;Godziny;Składki PLN;Granty EUR;Udział;"
                        + "Data przystąpienia\r\n" + PANGRAM_NAME + ";12;1234.50;1234.56;100.00;0.25;2024-03-01\r\n")
                .contains("\r\n\"Kowalski; \"\"Nowak\"\", i syn\r\nOddział Łódź\";3;")
                .contains("\r\n" + CAPITALS_NAME + ";7;")
                .endsWith("\r\nRazem;22;1245.25;1003734.57;149.99;;\r\n");
        assertThat(commas).contains("\r\n\"" + CAPITALS_NAME + "\",7,")
                .endsWith("\r\nRazem,22,1245.25,1003734.57,149.99,,\r\n");
        // every line break outside the one quoted value is a CRLF
        assertThat(semicolons.replace("\r\n", "")).doesNotContain("\r", "\n");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsDefusedAndNumbersStayNumbers() {
        assertThat(CsvReportWriter.defused("=HYPERLINK(\"http://x.example\")")).isEqualTo("'=HYPERLINK(\"http://x.example\")");
        assertThat(CsvReportWriter.defused("+48 52 000")).isEqualTo("'+48 52 000");
        assertThat(CsvReportWriter.defused("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvReportWriter.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReportWriter.defused("Polimer-Bydgoszcz = jakość")).isEqualTo("Polimer-Bydgoszcz = jakość");
        assertThat(CsvReportWriter.defused("")).isEmpty();
        assertThat(CsvReportWriter.value(Column.money("kwota", "PLN"), new java.math.BigDecimal("-12.5"))).isEqualTo("-12.50");
    }

    @Test
    void leavesTheReportHeaderOutSoTheFileIsATable() throws IOException {
        String csv = new String(write(';', SampleReports.small(POLISH)), StandardCharsets.UTF_8);

        assertThat(csv).doesNotContain(SampleReports.CLUSTER, SampleReports.TITLE, "Rok: 2026");
    }

    @Test
    void acceptsAnyNumberInANumericColumnAndRefusesAValueOfTheWrongKind() throws IOException {
        List<Column> columns = List.of(Column.integer("n"), Column.money("kwota", "PLN"), Column.date("dzień"));
        TableReport fine = new TableReport(SampleReports.header(POLISH), columns,
                sink -> sink.accept(ReportRow.data(5, 7L, null)));
        assertThat(new String(write(',', fine), StandardCharsets.UTF_8)).endsWith("\r\n5,7.00,\r\n");

        TableReport wrong = new TableReport(SampleReports.header(POLISH), columns,
                sink -> sink.accept(ReportRow.data(5L, "7", null)));
        assertThatThrownBy(() -> write(',', wrong)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kwota");
        TableReport narrow = new TableReport(SampleReports.header(POLISH), columns,
                sink -> sink.accept(ReportRow.data(5L, null)));
        assertThatThrownBy(() -> write(',', narrow)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvReportWriter('\t')).isInstanceOf(IllegalArgumentException.class);
    }
}
