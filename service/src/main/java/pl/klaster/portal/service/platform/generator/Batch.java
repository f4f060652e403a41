package pl.klaster.portal.service.platform.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Inserts rows into one table through one prepared statement, {@value #SIZE} rows per {@code executeBatch}.
 * Columns are declared with their kind ({@code "id:L, legal_name:S, applied_on:D"}: L bigint, I integer,
 * S text, D date, T timestamp with time zone, N numeric, B boolean) so that a null is bound with its real type
 * and PostgreSQL keeps rewriting the batch into multi-row INSERTs. A child table names its parent tables: their
 * pending rows are sent first, so a foreign key always finds the row it points to.
 */
final class Batch {

    static final int SIZE = 1000;

    private final String table;
    private final PreparedStatement insert;
    private final char[] kinds;
    private final Batch[] parents;
    private int pending;
    private long rows;

    Batch(Connection connection, String table, String columns, Batch... parents) throws SQLException {
        String[] declared = columns.split(",");
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        this.kinds = new char[declared.length];
        for (int i = 0; i < declared.length; i++) {
            String[] nameAndKind = declared[i].trim().split(":");
            names.append(i == 0 ? "" : ", ").append(nameAndKind[0]);
            marks.append(i == 0 ? "?" : ", ?");
            kinds[i] = nameAndKind[1].charAt(0);
            sqlType(kinds[i]);
        }
        this.table = table;
        this.parents = parents;
        this.insert = connection.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
    }

    /** Adds one row, values in the declared column order; sends the batch when it is full. */
    void add(Object... values) throws SQLException {
        if (values.length != kinds.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + kinds.length + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, kinds[i], values[i]);
        }
        insert.addBatch();
        pending++;
        rows++;
        if (pending == SIZE) {
            flush();
        }
    }

    /** Sends the pending rows of the parents, then this table's. */
    void flush() throws SQLException {
        for (Batch parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    void close() throws SQLException {
        flush();
        insert.close();
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    private void bind(int index, char kind, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, sqlType(kind));
            return;
        }
        switch (kind) {
            case 'L' -> insert.setLong(index, ((Number) value).longValue());
            case 'I' -> insert.setInt(index, ((Number) value).intValue());
            case 'S' -> insert.setString(index, (String) value);
            case 'D' -> insert.setObject(index, (LocalDate) value);
            case 'T' -> insert.setObject(index, (OffsetDateTime) value);
            case 'N' -> insert.setBigDecimal(index, (BigDecimal) value);
            case 'B' -> insert.setBoolean(index, (Boolean) value);
            default -> throw new IllegalStateException("Unknown column kind " + kind);
        }
    }

    private static int sqlType(char kind) {
        return switch (kind) {
            case 'L' -> Types.BIGINT;
            case 'I' -> Types.INTEGER;
            case 'S' -> Types.VARCHAR;
            case 'D' -> Types.DATE;
            case 'T' -> Types.TIMESTAMP_WITH_TIMEZONE;
            case 'N' -> Types.NUMERIC;
            case 'B' -> Types.BOOLEAN;
            default -> throw new IllegalArgumentException("Unknown column kind " + kind);
        };
    }
}
