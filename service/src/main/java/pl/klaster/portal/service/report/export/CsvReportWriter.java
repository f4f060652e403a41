package pl.klaster.portal.service.report.export;

import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.TableReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A report as RFC 4180 CSV for programs to read: UTF-8 with a byte-order mark (so spreadsheet programs do not
 * guess the encoding), one line of column labels and then every row as it comes (data, subtotals and the total
 * alike), CRLF line ends. Values are plain and locale-free: numbers with a dot and no grouping (money with two
 * decimals, percentages as fractions, 0.25 = 25 %), dates as yyyy-MM-dd, an empty cell as nothing. The report's
 * header (cluster, title, filters) is left out, so the file stays a table. Text is written as it is, except that
 * text a spreadsheet would take for a formula is defused (see {@link #defused}): names come from users, and a
 * board member opening the file must not run what someone typed.
 */
public final class CsvReportWriter implements ReportWriter {

    /** The separator Polish spreadsheet programs expect (the comma is their decimal mark). */
    public static final char SEMICOLON = ';';
    public static final char COMMA = ',';

    private static final String CRLF = "\r\n";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final char separator;

    /** @param separator {@link #COMMA} or {@link #SEMICOLON} */
    public CsvReportWriter(char separator) {
        if (separator != COMMA && separator != SEMICOLON) {
            throw new IllegalArgumentException("the separator is a comma or a semicolon, not " + separator);
        }
        this.separator = separator;
    }

    public char separator() {
        return separator;
    }

    @Override
    public String contentType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(TableReport report, OutputStream out) throws IOException {
        List<Column> columns = report.columns();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        for (int i = 0; i < columns.size(); i++) {
            field(writer, i, columns.get(i).label());
        }
        writer.write(CRLF);
        Rows.forEach(report.rows(), columns, row -> row(writer, columns, row));
        writer.flush();
    }

    private void row(Writer writer, List<Column> columns, ReportRow row) throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            field(writer, i, value(columns.get(i), row.cell(i)));
        }
        writer.write(CRLF);
    }

    private void field(Writer writer, int index, String value) throws IOException {
        if (index > 0) {
            writer.write(separator);
        }
        if (needsQuotes(value)) {
            writer.write('"');
            writer.write(value.replace("\"", "\"\""));
            writer.write('"');
        } else {
            writer.write(value);
        }
    }

    private boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == separator || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    static String value(Column column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.type()) {
            case TEXT -> defused(value.toString());
            case INTEGER, DECIMAL, PERCENT -> Rows.number(column, value).toPlainString();
            case MONEY -> money(Rows.number(column, value));
            case DATE -> DATE.format(Rows.date(column, value));
        };
    }

    /**
     * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return; a
     * member's name is typed by users) gets a leading apostrophe, as OWASP advises against CSV injection:
     * Excel and LibreOffice then show it as text. Numbers are never text here, so no figure changes.
     */
    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
