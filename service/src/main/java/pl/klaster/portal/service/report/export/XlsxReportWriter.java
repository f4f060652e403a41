package pl.klaster.portal.service.report.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ColumnType;
import pl.klaster.portal.service.report.table.ReportHeader;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.RowKind;
import pl.klaster.portal.service.report.table.TableReport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as an Excel workbook of one sheet, written with POI's streaming SXSSF: only the last
 * {@value #ROW_WINDOW} rows are in memory, the rest go to a temporary file that is deleted at the end. The sheet
 * starts with the report's header (cluster, title, filters, when), then the bold column labels with a filter on
 * them and the panes frozen below them, then the rows. Numbers and dates are real cells with formats, so the
 * reader can sum and sort them (percentages are fractions shown as {@code 0.0%}, money carries its currency in
 * the format); subtotals and the total are bold. Column widths follow the labels and the first
 * {@value #WIDTH_SAMPLE_ROWS} rows, since a streamed sheet cannot measure rows already written.
 */
public final class XlsxReportWriter implements ReportWriter {

    static final int ROW_WINDOW = 100;
    static final int WIDTH_SAMPLE_ROWS = 200;

    /** Column widths in characters. */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    /** Room for the filter button next to a label. */
    private static final int FILTER_BUTTON = 3;

    private static final String DATE_FORMAT = "yyyy-mm-dd";

    @Override
    public String contentType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(TableReport report, OutputStream out) throws IOException {
        // since POI 5.3 close() also deletes the temporary files (dispose() is deprecated)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            new Sheet(workbook, report).write();
            workbook.write(out);
            out.flush();
        }
    }

    /** The name of the sheet: the report's title made acceptable to Excel (at most 31 characters, no {@code []:*?/\}). */
    static String sheetName(ReportHeader header) {
        String title = header.title() == null ? "" : header.title().strip();
        String name = title.isEmpty() ? Texts.text(Texts.locale(header), "sheet") : title;
        return WorkbookUtil.createSafeSheetName(name, ' ').replaceAll(" {2,}", " ").strip();
    }

    /** One export: the styles, created once per workbook and shared by all cells, and the widths being measured. */
    private static final class Sheet {

        private final SXSSFWorkbook workbook;
        private final TableReport report;
        private final List<Column> columns;
        private final SXSSFSheet sheet;
        private final CellStyle[] plain;
        private final CellStyle[] bold;
        private final int[] widths;
        private final DecimalFormat[] widthFormats;
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final Font boldFont;
        private int nextRow;
        private int sampledRows;

        Sheet(SXSSFWorkbook workbook, TableReport report) {
            this.workbook = workbook;
            this.report = report;
            this.columns = report.columns();
            this.sheet = workbook.createSheet(sheetName(report.header()));
            this.boldFont = workbook.createFont();
            boldFont.setBold(true);
            int n = columns.size();
            plain = new CellStyle[n];
            bold = new CellStyle[n];
            widths = new int[n];
            widthFormats = new DecimalFormat[n];
            for (int i = 0; i < n; i++) {
                String format = format(columns.get(i));
                plain[i] = style(format, false);
                bold[i] = style(format, true);
                widthFormats[i] = widthFormat(columns.get(i));
            }
        }

        void write() throws IOException {
            header(report.header());
            int labelRow = labels();
            Rows.forEach(report.rows(), columns, this::row);
            sheet.createFreezePane(0, labelRow + 1);
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(labelRow, Math.max(labelRow, nextRow - 1), 0, columns.size() - 1));
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, Math.min(Math.max(widths[i], MIN_WIDTH), MAX_WIDTH) * 256);
            }
        }

        private void header(ReportHeader header) {
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(titleFont);
            text(header.clusterName(), style(null, true));
            text(header.title(), titleStyle);
            if (header.filters() != null) {
                header.filters().forEach(filter -> text(filter, null));
            }
            text(Texts.generatedAt(header), null);
            nextRow++;
        }

        private void text(String value, CellStyle style) {
            if (value == null || value.isBlank()) {
                return;
            }
            Cell cell = sheet.createRow(nextRow++).createCell(0);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private int labels() {
            CellStyle style = workbook.createCellStyle();
            style.setFont(boldFont);
            style.setBorderBottom(BorderStyle.THIN);
            style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setWrapText(true);
            int index = nextRow++;
            Row row = sheet.createRow(index);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).label());
                cell.setCellStyle(style);
                widths[i] = Math.max(widths[i], longestLine(columns.get(i).label()) + FILTER_BUTTON);
            }
            return index;
        }

        private void row(ReportRow reportRow) {
            Row row = sheet.createRow(nextRow++);
            CellStyle[] rowStyles = reportRow.kind() == RowKind.DATA ? plain : bold;
            boolean sample = sampledRows++ < WIDTH_SAMPLE_ROWS;
            for (int i = 0; i < columns.size(); i++) {
                Object value = reportRow.cell(i);
                if (value == null) {
                    continue;
                }
                Column column = columns.get(i);
                Cell cell = row.createCell(i);
                cell.setCellStyle(column.type() == ColumnType.DECIMAL
                        ? style(decimalFormat(Rows.number(column, value)), reportRow.kind() != RowKind.DATA) : rowStyles[i]);
                switch (column.type()) {
                    case TEXT -> cell.setCellValue(value.toString());
                    case DATE -> cell.setCellValue(Rows.date(column, value));
                    default -> cell.setCellValue(Rows.number(column, value).doubleValue());
                }
                if (sample) {
                    widths[i] = Math.max(widths[i], shownLength(i, column, value));
                }
            }
        }

        /** About how many characters the cell shows: its formatted value, or the longest line of its text. */
        private int shownLength(int index, Column column, Object value) {
            int length = switch (column.type()) {
                case TEXT -> longestLine(value.toString());
                case DATE -> DATE_FORMAT.length();
                case MONEY -> widthFormats[index].format(Rows.number(column, value)).length() + 1 + column.currency().length();
                default -> widthFormats[index].format(Rows.number(column, value)).length();
            };
            return length + 1;
        }

        private CellStyle style(String format, boolean isBold) {
            return styles.computeIfAbsent(format + "|" + isBold, key -> {
                CellStyle style = workbook.createCellStyle();
                if (format != null) {
                    style.setDataFormat(workbook.createDataFormat().getFormat(format));
                }
                if (isBold) {
                    style.setFont(boldFont);
                }
                return style;
            });
        }
    }

    /**
     * A decimal shows the places it carries, at most two: an indicator sheet mixes counts (none), percentages (one)
     * and amounts (two) in one column. At most three formats, each style made once.
     */
    static String decimalFormat(java.math.BigDecimal value) {
        return switch (Math.max(0, Math.min(2, value.scale()))) {
            case 0 -> "#,##0";
            case 1 -> "#,##0.0";
            default -> "#,##0.00";
        };
    }

    /** The Excel number format of a column; null for text. */
    static String format(Column column) {
        return switch (column.type()) {
            case TEXT -> null;
            case INTEGER -> "#,##0";
            case DECIMAL -> "#,##0.00";
            case MONEY -> "#,##0.00 \"" + column.currency() + "\"";
            case PERCENT -> "0.0%";
            case DATE -> DATE_FORMAT;
        };
    }

    private static DecimalFormat widthFormat(Column column) {
        String pattern = switch (column.type()) {
            case INTEGER -> "#,##0";
            case PERCENT -> "0.0%";
            default -> "#,##0.00";
        };
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\r\n|\r|\n")) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }
}
