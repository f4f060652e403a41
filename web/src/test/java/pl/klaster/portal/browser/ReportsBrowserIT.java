package pl.klaster.portal.browser;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Management's reports in a real browser, as {@code board}: the dashboard shows the demo data's figures with its
 * charts; every report opens, filters, and downloads as XLSX, PDF and CSV, each read back by a real parser (POI,
 * PDFBox, Commons CSV); a download's rows add up to its total, which equals the dashboard's figure.
 */
@ExtendWith(Browser.Extension.class)
class ReportsBrowserIT {

    private static final List<String> REPORTS = List.of("ECCP", "ESCA", "KKK", "FEES", "PARTICIPATION", "FUNNEL");

    @Test
    void boardReadsTheDashboardAndDownloadsEveryReportInEveryFormat(Browser board) throws IOException {
        board.signIn("board", "demo-password");
        assertThat(board.path()).isEqualTo("/reports/dashboard.xhtml");
        long members = Long.parseLong(board.find(By.cssSelector("#members .k-figure-value")).getText().replaceAll("\\D", ""));
        assertThat(members).isGreaterThanOrEqualTo(13);
        assertThat(board.driver().findElements(By.cssSelector("canvas"))).as("the charts are drawn").hasSizeGreaterThanOrEqualTo(6);
        assertThat(board.find(By.id("byType")).getText()).contains("Przedsiębiorstwo");

        for (String report : REPORTS) {
            board.open("/reports/reports.xhtml");
            board.click("report-" + report);
            assertThat(board.find(By.id("reportTable")).getText()).as(report).isNotBlank();
            String query = URI.create(board.find(By.id("xlsx")).getAttribute("href")).getRawQuery();
            checkCsv(board, report, query);
            checkXlsx(board, report, query);
            checkPdf(board, report, query);
        }

        board.open("/reports/report.xhtml?kind=ECCP");
        List<CSVRecord> eccp = csv(board.download("/reports/export/ECCP.csv?year=" + java.time.LocalDate.now().getYear() + "&sep=semicolon"), ';');
        assertThat(Long.parseLong(eccp.get(eccp.size() - 1).get(1))).as("the dashboard's members = the ECCP total").isEqualTo(members);

        board.open("/reports/report.xhtml?kind=FEES");
        int allRows = board.driver().findElements(By.cssSelector("#reportTable tbody tr")).size();
        new Select(board.find(By.id("type"))).selectByValue("ENTERPRISE");
        board.submit("show");
        assertThat(board.driver().getCurrentUrl()).contains("type=ENTERPRISE");
        int enterpriseRows = board.driver().findElements(By.cssSelector("#reportTable tbody tr")).size();
        assertThat(enterpriseRows).isLessThan(allRows);
        List<CSVRecord> enterprises = csv(board.download(URI.create(board.find(By.id("csv")).getAttribute("href")).getRawPath() + "?"
                + URI.create(board.find(By.id("csv")).getAttribute("href")).getRawQuery()), ';');
        enterprises.subList(1, enterprises.size()).stream().filter(r -> !r.get(2).isEmpty())
                .forEach(r -> assertThat(r.get(2)).as("filtered by type").isEqualTo("Przedsiębiorstwo"));
    }

    private static void checkCsv(Browser board, String report, String query) throws IOException {
        for (String separator : List.of("semicolon", "comma")) {
            Browser.Download file = board.download("/reports/export/" + report + ".csv?" + query + "&sep=" + separator);
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()[0] & 0xFF).as("UTF-8 byte-order mark").isEqualTo(0xEF);
            List<CSVRecord> records = csv(file, "semicolon".equals(separator) ? ';' : ',');
            assertThat(records.size()).as(report).isGreaterThan(1);
            if (report.equals("ECCP") || report.equals("FUNNEL")) {
                CSVRecord total = records.get(records.size() - 1);
                BigDecimal sum = BigDecimal.ZERO;
                for (CSVRecord r : records.subList(1, records.size() - 1)) {
                    sum = sum.add(new BigDecimal(r.get(1)));
                }
                assertThat(sum).as(report + ": the rows add up to the total").isEqualByComparingTo(new BigDecimal(total.get(1)));
            }
            if (report.equals("FEES")) {
                CSVRecord total = records.get(records.size() - 1);
                BigDecimal due = BigDecimal.ZERO;
                for (CSVRecord r : records.subList(1, records.size() - 1)) {
                    if (!r.get(2).isEmpty() && !r.get(5).isEmpty()) { // a member row (subtotals have no member type)
                        due = due.add(new BigDecimal(r.get(5)));
                    }
                }
                assertThat(total.get(5)).as("money with a dot decimal").matches("\\d+\\.\\d{2}");
                assertThat(due).as("fees due: the member rows add up to the total").isEqualByComparingTo(new BigDecimal(total.get(5)));
            }
        }
    }

    private static void checkXlsx(Browser board, String report, String query) throws IOException {
        Browser.Download file = board.download("/reports/export/" + report + ".xlsx?" + query);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(sheet.getLastRowNum()).as(report).isGreaterThan(3);
            if (report.equals("ECCP") || report.equals("FUNNEL")) {
                Cell total = last.getCell(1);
                assertThat(total.getCellType()).as("numbers are numeric cells").isEqualTo(CellType.NUMERIC);
                double sum = 0;
                int header = headerRow(sheet);
                for (int i = header + 1; i < sheet.getLastRowNum(); i++) {
                    sum += sheet.getRow(i).getCell(1).getNumericCellValue();
                }
                assertThat(sum).as(report + ": the rows add up to the total").isEqualTo(total.getNumericCellValue());
            }
            if (report.equals("FEES")) {
                Cell due = last.getCell(5);
                assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(due.getCellStyle().getDataFormatString()).as("money carries its currency").contains("PLN");
                assertThat(DateUtil.isCellDateFormatted(due)).isFalse();
            }
        }
    }

    private static void checkPdf(Browser board, String report, String query) throws IOException {
        Browser.Download file = board.download("/reports/export/" + report + ".pdf?" + query);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(file.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).as(report).contains("Bydgoski Klaster Przemysłowy").contains("Strona 1 /");
            if (!report.equals("ESCA") && !report.equals("KKK")) {
                assertThat(text).as(report + ": the total is printed").containsIgnoringCase("razem");
            }
            if (report.equals("FEES")) {
                // long names wrap inside their cells, so single words are looked for
                assertThat(text).as("Polish letters come out right").contains("Narzędziownia", "Przetwórstwa", "Przedsiębiorstwo",
                        "Zespół", "Średnie", "Należne", "Zapłacona", "Członkostwo na dzień", "składek");
            }
        }
    }

    private static int headerRow(Sheet sheet) {
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && row.getLastCellNum() > 2 && row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) {
                return i;
            }
        }
        throw new AssertionError("no header row");
    }

    private static List<CSVRecord> csv(Browser.Download file, char separator) throws IOException {
        String text = file.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new ArrayList<>(CSVFormat.DEFAULT.builder().setDelimiter(separator).get().parse(new StringReader(text)).getRecords());
    }
}
