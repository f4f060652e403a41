package pl.klaster.portal.service.report.export;

import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.RowSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

/**
 * What every writer does with rows: reads them from the source with an action that may throw
 * {@link IOException}, and takes each cell's value in its column's kind. Numeric columns accept any
 * {@link Number} (a source may hand an {@code Integer} where the model says {@code Long}); anything else of the
 * wrong kind is a programming error and stops the export.
 */
final class Rows {

    @FunctionalInterface
    interface RowAction {
        void accept(ReportRow row) throws IOException;
    }

    private Rows() {
    }

    /** Each row to the action, in order; an {@link IOException} of the action reaches the caller as itself. */
    static void forEach(RowSource source, List<Column> columns, RowAction action) throws IOException {
        try {
            source.forEach(row -> {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("a row of " + row.cells().size() + " cells in a report of "
                            + columns.size() + " columns: " + row);
                }
                try {
                    action.accept(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The value of a numeric column as a {@code BigDecimal}; null for an empty cell. */
    static BigDecimal number(Column column, Object value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        throw wrongKind(column, value);
    }

    /** The value of a date column; null for an empty cell. */
    static LocalDate date(Column column, Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        throw wrongKind(column, value);
    }

    private static IllegalArgumentException wrongKind(Column column, Object value) {
        return new IllegalArgumentException("column \"" + column.label() + "\" (" + column.type() + ") cannot hold "
                + value.getClass().getSimpleName() + " " + value);
    }
}
