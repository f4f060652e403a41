package pl.klaster.portal.service.report.table;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row: a value per column, in the column's kind ({@code String} for TEXT, {@code Long} for INTEGER,
 * {@code BigDecimal} for DECIMAL, MONEY and PERCENT, {@code LocalDate} for DATE), or null for an empty cell.
 */
public record ReportRow(RowKind kind, List<Object> cells) implements Serializable {

    public static ReportRow data(Object... cells) {
        return new ReportRow(RowKind.DATA, Collections.unmodifiableList(Arrays.asList(cells)));
    }

    public static ReportRow subtotal(Object... cells) {
        return new ReportRow(RowKind.SUBTOTAL, Collections.unmodifiableList(Arrays.asList(cells)));
    }

    public static ReportRow total(Object... cells) {
        return new ReportRow(RowKind.TOTAL, Collections.unmodifiableList(Arrays.asList(cells)));
    }

    public Object cell(int index) {
        return cells.get(index);
    }
}
