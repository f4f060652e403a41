package pl.klaster.portal.service.report.table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One column of a report: its heading (already in the reader's language), what it holds, and for money its
 * currency ({@code PLN} or {@code EUR}).
 */
public record Column(String label, ColumnType type, String currency) implements Serializable {

    public Column {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (type == ColumnType.MONEY && currency == null) {
            throw new IllegalArgumentException("a money column needs its currency: " + label);
        }
    }

    public static Column text(String label) {
        return new Column(label, ColumnType.TEXT, null);
    }

    public static Column integer(String label) {
        return new Column(label, ColumnType.INTEGER, null);
    }

    public static Column decimal(String label) {
        return new Column(label, ColumnType.DECIMAL, null);
    }

    public static Column money(String label, String currency) {
        return new Column(label, ColumnType.MONEY, currency);
    }

    public static Column percent(String label) {
        return new Column(label, ColumnType.PERCENT, null);
    }

    public static Column date(String label) {
        return new Column(label, ColumnType.DATE, null);
    }

    public boolean isNumeric() {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.MONEY || type == ColumnType.PERCENT;
    }
}
