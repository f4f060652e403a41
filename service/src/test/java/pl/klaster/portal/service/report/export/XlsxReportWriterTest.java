package pl.klaster.portal.service.report.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import pl.klaster.portal.service.report.table.ReportHeader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static pl.klaster.portal.service.report.export.SampleReports.AWKWARD_NAME;
import static pl.klaster.portal.service.report.export.SampleReports.PANGRAM_NAME;
import static pl.klaster.portal.service.report.export.SampleReports.POLISH;

/** The workbook is opened by POI's ordinary (non-streaming) reader, as a spreadsheet program would open it. */
class XlsxReportWriterTest {

    private static XSSFWorkbook writeAndOpen(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(SampleReports.small(locale), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static int labelRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals("Firma")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row of column labels");
    }

    private static boolean bold(XSSFWorkbook workbook, XSSFCell cell) {
        return workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
    }

    @Test
    void writesTheHeaderTheLabelsAndEveryRowAsRealNumbersAndDates() throws IOException {
        try (XSSFWorkbook workbook = writeAndOpen(POLISH)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).startsWith("Składki członkowskie")
                    .doesNotContain(":", "/", "[", "]");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(SampleReports.CLUSTER);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(SampleReports.TITLE);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Rok: 2026");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Wygenerowano 2026-03-14 10:30");

            int labels = labelRow(sheet);
            XSSFRow labelRow = sheet.getRow(labels);
            List<String> texts = new ArrayList<>();
            labelRow.forEach(cell -> texts.add(cell.getStringCellValue()));
            assertThat(texts).containsExactly("Firma", "Liczba projektów", "Godziny", "Składki PLN", "Granty EUR",
                    "Udział", "Data przystąpienia");
            assertThat(bold(workbook, labelRow.getCell(0))).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (labels + 1));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A" + (labels + 1) + ":G" + (labels + 7));

            XSSFRow first = sheet.getRow(labels + 1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(PANGRAM_NAME);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(12);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1234.56);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).contains("PLN");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(100.0);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).contains("EUR").doesNotContain("PLN");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(0.25);
            assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(6))).isTrue();
            assertThat(first.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(first.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(bold(workbook, first.getCell(3))).isFalse();

            XSSFRow second = sheet.getRow(labels + 2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo(AWKWARD_NAME);
            XSSFRow third = sheet.getRow(labels + 4);
            assertThat(third.getCell(4)).as("an empty cell stays empty").isNull();
        }
    }

    @Test
    void theTotalIsBoldAndEqualsTheSumOfTheDataRows() throws IOException {
        try (XSSFWorkbook workbook = writeAndOpen(POLISH)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int labels = labelRow(sheet);
            double projects = 0;
            double fees = 0;
            double grants = 0;
            XSSFRow total = null;
            for (int r = labels + 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                String name = row.getCell(0).getStringCellValue();
                if (name.equals("Razem")) {
                    total = row;
                } else if (!name.startsWith("Razem grupa")) {
                    assertThat(bold(workbook, row.getCell(0))).as(name).isFalse();
                    projects += row.getCell(1).getNumericCellValue();
                    fees += row.getCell(3).getNumericCellValue();
                    grants += row.getCell(4) == null ? 0 : row.getCell(4).getNumericCellValue();
                } else {
                    assertThat(bold(workbook, row.getCell(3))).as(name).isTrue();
                }
            }
            assertThat((Object) total).as("the total row").isNotNull();
            assertThat(total.getRowNum()).isEqualTo(sheet.getLastRowNum());
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(projects).isEqualTo(22);
            assertThat(total.getCell(3).getNumericCellValue()).isCloseTo(fees, within(0.001)).isEqualTo(1003734.57);
            assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(grants, within(0.001));
            assertThat(bold(workbook, total.getCell(0))).isTrue();
            assertThat(bold(workbook, total.getCell(3))).isTrue();
            assertThat(total.getCell(3).getCellStyle().getDataFormatString()).contains("PLN");
        }
    }

    @Test
    void sharesAFewStylesAndSetsColumnWidthsFromTheLabelsAndValues() throws IOException {
        try (XSSFWorkbook workbook = writeAndOpen(Locale.ENGLISH)) {
            assertThat(workbook.getNumCellStyles()).as("styles are made per format, never per cell").isLessThan(25);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Generated at 2026-03-14 10:30");
            for (int i = 0; i < 7; i++) {
                assertThat(sheet.getColumnWidth(i)).isBetween(8 * 256, 60 * 256);
            }
            assertThat(sheet.getColumnWidth(0)).as("as wide as the longest name").isGreaterThanOrEqualTo(28 * 256);
        }
    }

    @Test
    void namesTheSheetSafelyWhateverTheTitle() {
        assertThat(XlsxReportWriter.sheetName(header("Zestawienie *wszystkich* projektów? za lata 2020/2026")))
                .hasSizeLessThanOrEqualTo(31).doesNotContain("*", "?", "/");
        assertThat(XlsxReportWriter.sheetName(header("  "))).isEqualTo("Raport");
        assertThat(XlsxReportWriter.sheetName(header(null))).isEqualTo("Raport");
    }

    private static ReportHeader header(String title) {
        return new ReportHeader("Klaster", title, List.of(), null, POLISH, "x");
    }
}
