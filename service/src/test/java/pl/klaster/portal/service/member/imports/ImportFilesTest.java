package pl.klaster.portal.service.member.imports;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading uploaded files: CSV in its usual Polish and English shapes, XLSX, and files that lie about their type. */
class ImportFilesTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSemicolonCsvWithABomAndPolishLettersIsReadWithItsRowNumbers() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("NIP;Nazwa;Miasto\r\n123-456-32-18;\"Zakład \"\"Łódź\"\"; Sp. z o.o.\";Łódź\r\n\r\n;;\r\n5260250995;Druga;Toruń\r\n");
        byte[] data = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, data, 0, bom.length);
        System.arraycopy(body, 0, data, bom.length, body.length);

        ParsedFile file = ImportFiles.parse("członkowie.csv", data);

        assertThat(file.headers()).containsExactly("NIP", "Nazwa", "Miasto");
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).cells()).containsExactly("123-456-32-18", "Zakład \"Łódź\"; Sp. z o.o.", "Łódź");
        assertThat(file.rows().get(0).number()).isEqualTo(2);
        assertThat(file.rows().get(1).number()).isEqualTo(5);
    }

    @Test
    void aCommaCsvWithoutBomIsReadAndShortRowsArePadded() {
        ParsedFile file = ImportFiles.parse("members.CSV", utf8("nip,legal name,city\n1234563218,\"Alpha, Inc.\"\n"));
        assertThat(file.headers()).containsExactly("nip", "legal name", "city");
        assertThat(file.rows().get(0).cells()).containsExactly("1234563218", "Alpha, Inc.", "");
    }

    @Test
    void theDelimiterIsTheMostFrequentOutsideQuotesInTheFirstLine() {
        assertThat(ImportFiles.delimiter("a;b;c\n1,2,3,4,5")).isEqualTo(';');
        assertThat(ImportFiles.delimiter("\"a;b\",c,d\n")).isEqualTo(',');
        assertThat(ImportFiles.delimiter("a\tb\tc")).isEqualTo('\t');
    }

    @Test
    void windows1250BytesAreReadAsPolish() {
        byte[] data = "NIP;Nazwa\n1234563218;Zażółć gęślą jaźń\n".getBytes(Charset.forName("windows-1250"));
        assertThat(ImportFiles.parse("a.csv", data).rows().get(0).cell(1)).isEqualTo("Zażółć gęślą jaźń");
    }

    @Test
    void anXlsxFirstSheetIsReadAsShownWithNumbersAsDigits() throws IOException {
        byte[] data = xlsx(List.of(List.of("NIP", "Nazwa"), List.of(), List.of(1234563218d, "Wtryskownia")));
        ParsedFile file = ImportFiles.parse("plik.xlsx", data);
        assertThat(file.headers()).containsExactly("NIP", "Nazwa");
        assertThat(file.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.cells()).containsExactly("1234563218", "Wtryskownia");
        });
    }

    @Test
    void filesThatLieAboutTheirTypeOrAreEmptyAreRefusedWithAMessage() throws IOException {
        byte[] workbook = xlsx(List.of(List.of("NIP"), List.of("1")));
        assertRefused("members.csv", workbook, "import.file.typeMismatch");
        assertRefused("members.xlsx", utf8("NIP;Nazwa\n1;2\n"), "import.file.typeMismatch");
        assertRefused("members.csv", new byte[]{'%', 'P', 'D', 'F', '-', 1, 0, 0, 0, 9}, "import.file.typeMismatch");
        assertRefused("members.pdf", utf8("NIP\n1\n"), "import.file.unknownType");
        assertRefused("members.csv", new byte[0], "import.file.empty");
        assertRefused("members.csv", utf8("NIP;Nazwa\n\n"), "import.file.noRows");
        assertRefused("members.xlsx", new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6}, "import.file.typeMismatch");
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder csv = new StringBuilder("NIP\n");
        for (int i = 0; i <= ImportFiles.MAX_ROWS; i++) {
            csv.append(i).append('\n');
        }
        assertRefused("big.csv", utf8(csv.toString()), "import.file.tooManyRows");
    }

    private static void assertRefused(String name, byte[] data, String key) {
        assertThatThrownBy(() -> ImportFiles.parse(name, data)).isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).getKey()).isEqualTo(key);
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Członkowie");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
