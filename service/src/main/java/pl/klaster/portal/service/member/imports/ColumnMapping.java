package pl.klaster.portal.service.member.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which field each column of a file goes to (null: the column is ignored), one entry per column. Proposed from
 * the header names, then changed by the user; a field may be mapped from one column only.
 */
public final class ColumnMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ImportField> fields;

    public ColumnMapping(List<ImportField> fields) {
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** The fields the header names suggest; each field to the first column that names it. */
    public static ColumnMapping propose(ImportKind kind, List<String> headers) {
        List<ImportField> proposed = new ArrayList<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        for (String header : headers) {
            ImportField field = ImportField.forHeader(kind, header).filter(f -> !used.contains(f)).orElse(null);
            if (field != null) {
                used.add(field);
            }
            proposed.add(field);
        }
        return new ColumnMapping(proposed);
    }

    public List<ImportField> fields() {
        return fields;
    }

    /** The column a field is read from, if it is mapped. */
    public Optional<Integer> columnOf(ImportField field) {
        int index = fields.indexOf(field);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** The text of a field in a row: trimmed, null when the field is not mapped or the cell is blank. */
    public String value(ParsedFile.Row row, ImportField field) {
        return columnOf(field).map(row::cell).map(String::trim).filter(s -> !s.isEmpty()).orElse(null);
    }

    /**
     * What makes the mapping unusable for the kind: a field of another kind, a field mapped twice, or the key
     * field not mapped. Empty when it is fine.
     */
    public List<RowMessage> problems(ImportKind kind) {
        List<RowMessage> problems = new ArrayList<>();
        Set<ImportField> seen = EnumSet.noneOf(ImportField.class);
        for (ImportField field : fields) {
            if (field == null) {
                continue;
            }
            if (field.kind() != kind) {
                problems.add(RowMessage.of(field, "import.mapping.wrongKind"));
            } else if (!seen.add(field)) {
                problems.add(RowMessage.of(field, "import.mapping.twice"));
            }
        }
        ImportField key = ImportField.keyOf(kind);
        if (!seen.contains(key)) {
            problems.add(RowMessage.of(key, "import.mapping.keyMissing"));
        }
        return problems;
    }
}
