package pl.klaster.portal.service.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportHeader;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.RowKind;
import pl.klaster.portal.service.report.table.TableReport;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A report as a PDF to read and print, in the report's locale: A4, turned to landscape for more than
 * {@value #PORTRAIT_MAX_COLUMNS} columns; the cluster, the title, the filters and the time of the report at the
 * top; a table whose column labels repeat on every page, numbers right-aligned with the locale's grouping and
 * decimal mark ({@code 1 234,56 PLN}, {@code 25,0 %} in Polish; {@code 1,234.56 PLN}, {@code 25.0%} in English),
 * dates as yyyy-MM-dd, subtotals and the total in bold; "Page 3 / 12" at the foot of every page and the cluster
 * and title at the head of every page after the first.
 * <p>
 * The text is set in Liberation Sans (SIL Open Font License 1.1), read from the class path (the
 * {@code openpdf-fonts-extra} jar) and embedded as a subset, so Polish letters come out right on any machine.
 * Rows go to the document in chunks of {@value #ROWS_PER_CHUNK}: an incomplete table is laid out and emptied at
 * each chunk, so a long report never sits in memory.
 */
public final class PdfReportWriter implements ReportWriter {

    static final int PORTRAIT_MAX_COLUMNS = 6;
    static final int ROWS_PER_CHUNK = 200;

    static final String REGULAR_FONT = "/liberation/LiberationSans-Regular.ttf";
    static final String BOLD_FONT = "/liberation/LiberationSans-Bold.ttf";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final float MARGIN = 36;
    private static final float TOP_MARGIN = 48;
    private static final float BOTTOM_MARGIN = 42;
    private static final float MARGIN_TEXT_SIZE = 8;
    private static final Color LINE = new Color(0xB0, 0xB0, 0xB0);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color LABEL_BACKGROUND = new Color(0xE4, 0xE4, 0xE4);
    private static final Color TOTAL_BACKGROUND = new Color(0xF2, 0xF2, 0xF2);

    @Override
    public String contentType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(TableReport report, OutputStream out) throws IOException {
        List<Column> columns = report.columns();
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a report without columns");
        }
        ReportHeader header = report.header();
        Locale locale = Texts.locale(header);
        Rectangle pageSize = columns.size() > PORTRAIT_MAX_COLUMNS
                ? new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()) : PageSize.A4;
        Document document = new Document(pageSize, MARGIN, MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageMargins(header, locale));
        if (header.title() != null) {
            document.addTitle(header.title());
        }
        if (header.clusterName() != null) {
            document.addAuthor(header.clusterName());
        }
        document.addCreator("Klaster Portal");
        document.open();
        heading(document, header);
        float textSize = columns.size() > PORTRAIT_MAX_COLUMNS ? 8 : 9;
        new Table(document, writer, columns, new Values(locale), textSize).write(report, locale);
        document.close();
        out.flush();
    }

    private static void heading(Document document, ReportHeader header) {
        if (header.clusterName() != null) {
            document.add(new Paragraph(header.clusterName(), new Font(Fonts.REGULAR, 10, Font.NORMAL, MUTED)));
        }
        if (header.title() != null) {
            Paragraph title = new Paragraph(header.title(), new Font(Fonts.BOLD, 14));
            title.setSpacingBefore(2);
            title.setSpacingAfter(4);
            document.add(title);
        }
        Font small = new Font(Fonts.REGULAR, 9);
        if (header.filters() != null) {
            header.filters().forEach(filter -> document.add(new Paragraph(filter, small)));
        }
        String generatedAt = Texts.generatedAt(header);
        if (generatedAt != null) {
            document.add(new Paragraph(generatedAt, new Font(Fonts.REGULAR, 9, Font.NORMAL, MUTED)));
        }
        Paragraph gap = new Paragraph(" ", small);
        gap.setSpacingAfter(2);
        document.add(gap);
    }

    /** The table of one export, handed to the document a chunk of rows at a time. */
    private static final class Table {

        private final Document document;
        private final PdfWriter writer;
        private final List<Column> columns;
        private final Values values;
        private final Font plain;
        private final Font bold;
        private final PdfPTable table;
        private int rows;
        private int pending;
        private boolean started;

        Table(Document document, PdfWriter writer, List<Column> columns, Values values, float textSize) {
            this.document = document;
            this.writer = writer;
            this.columns = columns;
            this.values = values;
            this.plain = new Font(Fonts.REGULAR, textSize);
            this.bold = new Font(Fonts.BOLD, textSize);
            this.table = new PdfPTable(relativeWidths(columns));
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            for (Column column : columns) {
                table.addCell(cell(column.label(), column, bold, LABEL_BACKGROUND));
            }
        }

        void write(TableReport report, Locale locale) throws IOException {
            Rows.forEach(report.rows(), columns, this::row);
            if (rows == 0) {
                // a table of nothing but its header row is not drawn at all: show the labels as a plain row
                table.setHeaderRows(0);
            }
            table.setComplete(true);
            addChunk();
            if (rows == 0) {
                document.add(new Paragraph(Texts.text(locale, "noRows"), plain));
            }
        }

        private void row(ReportRow row) {
            boolean data = row.kind() == RowKind.DATA;
            Font font = data ? plain : bold;
            Color background = row.kind() == RowKind.TOTAL ? TOTAL_BACKGROUND : null;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                table.addCell(cell(values.format(column, row.cell(i)), column, font, background));
            }
            rows++;
            if (++pending == ROWS_PER_CHUNK) {
                addChunk();
                pending = 0;
            }
        }

        /**
         * Lays out the rows added since the last chunk and empties the table. A chunk after the first continues the
         * table without its labels, which is right in the middle of a page but not at the top of one: when the last
         * chunk filled its page exactly, or when not even the first row of this one fits on what is left of it,
         * OpenPDF would start the page without labels. So the chunk then starts the page itself, with the labels.
         */
        private void addChunk() {
            if (started && table.size() > table.getHeaderRows()) {
                float y = writer.getVerticalPosition(false);
                boolean atTop = y >= document.top();
                if (!atTop && y - table.getRowHeight(table.getHeaderRows(), true) < document.bottom()) {
                    document.newPage();
                    atTop = true;
                }
                if (atTop) {
                    table.setSkipFirstHeader(false);
                }
            }
            document.add(table);
            started = true;
        }

        private static PdfPCell cell(String text, Column column, Font font, Color background) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setHorizontalAlignment(column.isNumeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            cell.setPadding(3);
            cell.setPaddingTop(2);
            cell.setBorderWidth(0.5f);
            cell.setBorderColor(LINE);
            if (background != null) {
                cell.setBackgroundColor(background);
            }
            return cell;
        }

        /** Text gets the most room; numbers and dates a fixed share. */
        private static float[] relativeWidths(List<Column> columns) {
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = switch (columns.get(i).type()) {
                    case TEXT -> 3f;
                    case INTEGER, PERCENT -> 1.2f;
                    case DECIMAL, DATE -> 1.5f;
                    case MONEY -> 1.8f;
                };
            }
            return widths;
        }
    }

    /** Values as the reader of the locale writes them; one per export, as number formats are not thread-safe. */
    static final class Values {

        private final DecimalFormat integer;
        private final DecimalFormat decimal;
        private final DecimalFormat[] decimals;
        private final DecimalFormat percent;

        Values(Locale locale) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
            integer = new DecimalFormat("#,##0", symbols);
            decimal = new DecimalFormat("#,##0.00", symbols);
            decimal.setRoundingMode(RoundingMode.HALF_UP);
            // a DECIMAL column shows the places each value carries (at most two): sheets mix counts, percentages, amounts
            decimals = new DecimalFormat[]{integer, new DecimalFormat("#,##0.0", symbols), decimal};
            // the locale's own percent pattern would drop the space Polish puts before the sign
            percent = new DecimalFormat(Texts.pattern(locale, "percentPattern"), symbols);
            percent.setRoundingMode(RoundingMode.HALF_UP);
        }

        String format(Column column, Object value) {
            if (value == null) {
                return "";
            }
            return switch (column.type()) {
                case TEXT -> value.toString().replace("\r\n", "\n").replace('\r', '\n');
                case INTEGER -> integer.format(Rows.number(column, value));
                case DECIMAL -> decimals[Math.max(0, Math.min(2, Rows.number(column, value).scale()))].format(Rows.number(column, value));
                case MONEY -> decimal.format(Rows.number(column, value)) + NO_BREAK_SPACE + column.currency();
                case PERCENT -> percent.format(Rows.number(column, value));
                case DATE -> DATE.format(Rows.date(column, value));
            };
        }
    }

    /**
     * Draws what every page has outside the table: the cluster and title at the head of every page after the
     * first (the first has the full heading), the time of the report and "Page n / total" at the foot; the total
     * is a template filled in when the document closes.
     */
    private static final class PageMargins extends PdfPageEventHelper {

        private final String running;
        private final String generatedAt;
        private final String pageWord;
        private PdfTemplate total;
        private float totalWidth;

        PageMargins(ReportHeader header, Locale locale) {
            String cluster = header.clusterName() == null ? "" : header.clusterName();
            String title = header.title() == null ? "" : header.title();
            this.running = cluster.isEmpty() || title.isEmpty() ? cluster + title : cluster + " \u2013 " + title;
            this.generatedAt = Texts.generatedAt(header);
            this.pageWord = Texts.text(locale, "page");
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            totalWidth = Fonts.REGULAR.getWidthPoint("00000", MARGIN_TEXT_SIZE);
            total = writer.getDirectContent().createTemplate(totalWidth, MARGIN_TEXT_SIZE + 2);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float footer = document.bottom() - 20;
            if (writer.getPageNumber() > 1 && !running.isEmpty()) {
                text(canvas, running, document.left(), document.top() + 16);
            }
            if (generatedAt != null) {
                text(canvas, generatedAt, document.left(), footer);
            }
            String page = pageWord + " " + writer.getPageNumber() + " / ";
            float x = document.right() - totalWidth - Fonts.REGULAR.getWidthPoint(page, MARGIN_TEXT_SIZE);
            text(canvas, page, x, footer);
            canvas.addTemplate(total, x + Fonts.REGULAR.getWidthPoint(page, MARGIN_TEXT_SIZE), footer);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(Fonts.REGULAR, MARGIN_TEXT_SIZE);
            total.setColorFill(MUTED);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }

        private static void text(PdfContentByte canvas, String text, float x, float y) {
            canvas.beginText();
            canvas.setFontAndSize(Fonts.REGULAR, MARGIN_TEXT_SIZE);
            canvas.setColorFill(MUTED);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
        }
    }

    /** The embedded fonts, read once: a font may serve many documents at the same time. */
    static final class Fonts {

        static final BaseFont REGULAR = load(REGULAR_FONT);
        static final BaseFont BOLD = load(BOLD_FONT);

        private Fonts() {
        }

        private static BaseFont load(String resource) {
            try (InputStream in = PdfReportWriter.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + resource + " is not on the class path");
                }
                String name = resource.substring(resource.lastIndexOf('/') + 1);
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
