package pl.klaster.portal.service.platform.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands out ids exactly as EclipseLink does with {@code allocationSize = 50} over the migrations' sequences
 * ({@code INCREMENT BY 50}): one {@code nextval} returning N reserves the ids N-49..N. So generated rows never
 * collide with rows already there nor with ids the application takes later. {@code nextval('name')} works on
 * PostgreSQL and on H2 in PostgreSQL mode.
 */
final class Sequences {

    /** The entities' allocationSize, equal to the sequences' increment. */
    static final int ALLOCATION = 50;

    private final Connection connection;
    private final List<PreparedStatement> statements = new ArrayList<>();

    Sequences(Connection connection) {
        this.connection = connection;
    }

    /** One sequence's ids, fetched a block at a time. */
    final class Ids {
        private final PreparedStatement nextval;
        private long next = 1;
        private long last;

        private Ids(String sequence) throws SQLException {
            this.nextval = connection.prepareStatement("SELECT nextval('" + sequence + "')");
            statements.add(nextval);
        }

        long next() throws SQLException {
            if (next > last) {
                try (ResultSet rs = nextval.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                }
                next = last - (ALLOCATION - 1);
            }
            return next++;
        }
    }

    Ids of(String sequence) throws SQLException {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a sequence name: " + sequence);
        }
        return new Ids(sequence);
    }

    void close() throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.close();
        }
    }
}
