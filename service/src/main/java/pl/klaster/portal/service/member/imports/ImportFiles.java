package pl.klaster.portal.service.member.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an uploaded file into a {@link ParsedFile}. The type is recognised from the content (an XLSX workbook, or
 * text for CSV) and must agree with the name's extension: a file that says it is one thing and is another is
 * refused with a message, never half-read. CSV: UTF-8 with or without a byte-order mark (Windows-1250, as older
 * Polish Excel saves it, when the bytes are not UTF-8), the delimiter {@code ;} or {@code ,} (or a tab) found
 * from the header line, quotes as RFC 4180. XLSX: the first sheet, each cell as the spreadsheet shows it. The
 * first row holds the header names; blank rows are left out.
 */
public final class ImportFiles {

    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 10_000;
    /** The most columns a file may have. */
    public static final int MAX_COLUMNS = 100;

    private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");

    private ImportFiles() {
    }

    public static ParsedFile parse(String fileName, byte[] data) {
        if (data == null || data.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean namedXlsx = name.endsWith(".xlsx");
        boolean namedCsv = name.endsWith(".csv") || name.endsWith(".txt");
        if (!namedXlsx && !namedCsv) {
            throw new ImportFileException("import.file.unknownType");
        }
        boolean workbook = isWorkbook(data);
        if (workbook) {
            if (!namedXlsx) {
                throw new ImportFileException("import.file.typeMismatch");
            }
            return xlsx(fileName, data);
        }
        if (namedXlsx || !looksLikeText(data)) {
            throw new ImportFileException("import.file.typeMismatch");
        }
        return csv(fileName, decode(data));
    }

    /** The delimiter of a CSV text: the most frequent of {@code ; , tab} outside quotes in its first line. */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    private static ParsedFile csv(String fileName, String text) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<String> headers = null;
        List<ParsedFile.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int number = 0;
            for (CSVRecord record : parser) {
                number++;
                List<String> cells = record.toList();
                if (headers == null) {
                    if (blank(cells)) {
                        continue;
                    }
                    headers = header(cells);
                } else if (!blank(cells)) {
                    rows.add(row(number, cells, headers.size(), rows.size()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("import.file.unreadable");
        }
        return finish(fileName, headers, rows);
    }

    private static ParsedFile xlsx(String fileName, byte[] data) {
        List<String> headers = null;
        List<ParsedFile.Row> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        formatter.setUseCachedValuesForFormulaCells(true);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException("import.file.noRows");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                int last = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS + 1);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < last; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
                }
                if (blank(cells)) {
                    continue;
                }
                if (headers == null) {
                    headers = header(cells);
                } else {
                    rows.add(row(row.getRowNum() + 1, cells, headers.size(), rows.size()));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFileException known) {
                throw known;
            }
            throw new ImportFileException("import.file.unreadable");
        }
        return finish(fileName, headers, rows);
    }

    private static List<String> header(List<String> cells) {
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        if (width > MAX_COLUMNS) {
            throw new ImportFileException("import.file.tooManyColumns", MAX_COLUMNS);
        }
        return cells.subList(0, width).stream().map(String::trim).toList();
    }

    private static ParsedFile.Row row(int number, List<String> cells, int width, int rowsSoFar) {
        if (rowsSoFar >= MAX_ROWS) {
            throw new ImportFileException("import.file.tooManyRows", MAX_ROWS);
        }
        List<String> fitted = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            fitted.add(i < cells.size() ? cells.get(i).trim() : "");
        }
        return new ParsedFile.Row(number, fitted);
    }

    private static ParsedFile finish(String fileName, List<String> headers, List<ParsedFile.Row> rows) {
        if (headers == null || headers.isEmpty() || rows.isEmpty()) {
            throw new ImportFileException("import.file.noRows");
        }
        return new ParsedFile(fileName, headers, rows);
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** An Office Open XML workbook: a ZIP package with its content types and a workbook part. */
    static boolean isWorkbook(byte[] data) {
        if (data.length < 4 || data[0] != 'P' || data[1] != 'K' || data[2] != 3 || data[3] != 4) {
            return false;
        }
        boolean contentTypes = false;
        boolean workbook = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null && entries < 5000; entry = zip.getNextEntry(), entries++) {
                contentTypes |= "[Content_Types].xml".equals(entry.getName());
                workbook |= "xl/workbook.xml".equals(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && workbook;
    }

    /** Text has no NUL bytes and few other control characters (tabs and line ends are fine). */
    private static boolean looksLikeText(byte[] data) {
        int controls = 0;
        int length = Math.min(data.length, 8192);
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 <= length;
    }

    /** UTF-8 (its byte-order mark dropped); bytes that are not UTF-8 are read as Windows-1250. */
    static String decode(byte[] data) {
        int start = data.length >= 3 && (data[0] & 0xff) == 0xEF && (data[1] & 0xff) == 0xBB && (data[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(data, start, data.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(data, start, data.length - start, WINDOWS_1250);
        }
    }
}
