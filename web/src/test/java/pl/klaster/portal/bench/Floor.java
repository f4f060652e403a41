package pl.klaster.portal.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's JDBC floor: the SQL statements the page's service runs, sent straight over JDBC (no server, no
 * EclipseLink, no Faces), every row read, on one connection per virtual user. One "request" of the floor is the
 * whole list, in order.
 */
final class Floor {

    /** One statement and its parameters. */
    record Sql(String text, Object... params) {
    }

    private final String description;
    private final List<Sql> statements;

    Floor(String description, List<Sql> statements) {
        this.description = description;
        this.statements = List.copyOf(statements);
    }

    static Floor of(String description, Sql... statements) {
        return new Floor(description, List.of(statements));
    }

    String description() {
        return description;
    }

    int size() {
        return statements.size();
    }

    /** One user of the floor: its own connection, the statements prepared once. */
    Load.Request user(String url, String user, String password, List<Connection> opened) throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        opened.add(c);
        List<PreparedStatement> prepared = new ArrayList<>();
        for (Sql sql : statements) {
            PreparedStatement ps = c.prepareStatement(sql.text());
            ps.setFetchSize(500);
            for (int i = 0; i < sql.params().length; i++) {
                ps.setObject(i + 1, sql.params()[i]);
            }
            prepared.add(ps);
        }
        return Load.wall(() -> {
            for (PreparedStatement ps : prepared) {
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= columns; k++) {
                            rs.getObject(k);
                        }
                    }
                }
            }
            c.commit();
        });
    }
}
