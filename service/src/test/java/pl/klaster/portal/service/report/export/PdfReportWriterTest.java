package pl.klaster.portal.service.report.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.TableReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.klaster.portal.service.report.export.SampleReports.POLISH;
import static pl.klaster.portal.service.report.export.SampleReports.POLISH_LETTERS;

/** The PDF is read back with PDFBox: the text a reader would see (or copy), page by page. */
class PdfReportWriterTest {

    private static byte[] write(TableReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportWriter().write(report, out);
        return out.toByteArray();
    }

    /**
     * The text of the pages with every run of white space as one space: no-break spaces (digit grouping) and the
     * line breaks of labels wrapped in a narrow column alike.
     */
    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void showsTheHeaderPolishLettersAndValuesInThePolishWay() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(SampleReports.small(POLISH)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).as("seven columns: landscape").isGreaterThan(page.getMediaBox().getHeight());
            assertThat(page.getRotation()).isZero();

            String text = text(pdf, 1, 1);
            assertThat(text).contains(SampleReports.CLUSTER, SampleReports.TITLE, "Rok: 2026", "Członkowie: wszyscy",
                    "Wygenerowano 2026-03-14 10:30", "Strona 1 / 1");
            for (char letter : POLISH_LETTERS.toCharArray()) {
                assertThat(text).as("the letter %s", letter).contains(String.valueOf(letter));
            }
            assertThat(text).contains(SampleReports.PANGRAM_NAME, "ĄĆĘŁŃÓŚŹŻ Export S.A., Łódź", "Oddział Łódź")
                    .contains("Firma", "Liczba projektów", "Data przystąpienia")
                    .contains("1 234,56 PLN", "1 003 734,57 PLN", "149,99 EUR", "1 234,50", "25,0 %", "12,5 %",
                            "2024-03-01", "Razem grupa A");
        }
    }

    @Test
    void embedsItsFontsSoTheLettersDoNotDependOnTheReadersMachine() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(SampleReports.small(POLISH)))) {
            PDResources resources = pdf.getPage(0).getResources();
            int fonts = 0;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
                fonts++;
            }
            assertThat(fonts).as("regular and bold").isEqualTo(2);
        }
    }

    @Test
    void followsAnEnglishReader() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(SampleReports.small(Locale.ENGLISH)))) {
            String text = text(pdf, 1, 1);
            assertThat(text).contains("Generated at 2026-03-14 10:30", "Page 1 / 1", "1,234.56 PLN",
                    "1,003,734.57 PLN", "25.0%", "12.5%", "2024-03-01");
        }
    }

    @Test
    void aLongReportNumbersItsPagesAndRepeatsTheLabelsOnEach() throws IOException {
        AtomicInteger reads = new AtomicInteger();
        try (PDDocument pdf = Loader.loadPDF(write(SampleReports.generated(600, reads)))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(reads).hasValue(1);
            assertThat(text(pdf, 1, 1)).contains("Strona 1 / " + pages, SampleReports.TITLE, "Firma");
            String last = text(pdf, pages, pages);
            assertThat(last).contains("Strona " + pages + " / " + pages, "Firma", "Liczba projektów")
                    .contains(SampleReports.CLUSTER + " – " + SampleReports.TITLE)
                    .contains("Razem");
            for (int page = 2; page < pages; page++) {
                assertThat(text(pdf, page, page)).contains("Strona " + page + " / " + pages, "Data przystąpienia");
            }
        }
    }

    @Test
    void aReportOfSixColumnsOrFewerIsPortrait() throws IOException {
        TableReport narrow = new TableReport(SampleReports.header(POLISH), SampleReports.COLUMNS.subList(0, 6),
                sink -> sink.accept(ReportRow.data("Łódź", 1L, null, new BigDecimal("12.3"), null, new BigDecimal("0.05"))));
        try (PDDocument pdf = Loader.loadPDF(write(narrow))) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getHeight()).isGreaterThan(box.getWidth());
            assertThat(text(pdf, 1, 1)).contains("Łódź", "12,30 PLN", "5,0 %");
        }
    }

    @Test
    void anEmptyReportStillShowsItsLabels() throws IOException {
        TableReport empty = new TableReport(SampleReports.header(POLISH), SampleReports.COLUMNS, sink -> { });
        try (PDDocument pdf = Loader.loadPDF(write(empty))) {
            assertThat(text(pdf, 1, 1)).contains(SampleReports.TITLE, "Firma", "Data przystąpienia", "Brak wierszy.");
        }
    }
}
