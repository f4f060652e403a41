package pl.klaster.portal.service.member.imports;

import java.io.Serializable;
import java.util.List;

/**
 * A file as read: its header names and its rows of text (trimmed, blank rows left out), each with its row
 * number in the file so messages point at the line a spreadsheet shows.
 */
public record ParsedFile(String fileName, List<String> headers, List<Row> rows) implements Serializable {

    public ParsedFile {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row: its number in the file (the header is row 1) and its cells, as many as there are headers. */
    public record Row(int number, List<String> cells) implements Serializable {

        public Row {
            cells = List.copyOf(cells);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
