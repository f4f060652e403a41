package pl.klaster.portal.service.platform.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Fills a migrated database with a large, realistic and reproducible data set: members and their people, fees
 * and accounts, then projects and participations, then outreach activities with registrations and outcomes, and
 * last the audit trail describing all of that, committing after each table group. The same seed and the same
 * {@code today} give the same rows, so benchmark runs can be compared. Rows already there (the demo data) are
 * kept and stay valid: new ids come from the application's own sequences in blocks of {@value Sequences#ALLOCATION},
 * so the sequences end up beyond every generated id and the running portal's later inserts cannot collide.
 */
public final class DataGenerator {

    /** The password of every generated account that has one. */
    public static final String PASSWORD = "demo-password";

    /**
     * How many rows to make. Contact persons, accounts, participations and registrations are totals, spread over
     * the members, projects and activities; audits are rows of {@code audit_entry}.
     */
    public record Scale(int members, int contacts, int accounts, int projects, int participations, int activities,
                        int registrations, int audits) {

        public Scale {
            if (members < 1 || contacts < members || accounts < 3 || projects < 1 || participations < 0 || activities < 1
                    || registrations < 0 || audits < 0) {
                throw new IllegalArgumentException("Not a usable scale: " + members + " members, " + contacts + " contacts, "
                        + accounts + " accounts, " + projects + " projects, " + activities + " activities");
            }
        }

        /** The benchmark size: a large cluster over ten years. */
        public static Scale full() {
            return new Scale(5_000, 20_000, 10_000, 1_000, 50_000, 3_000, 100_000, 300_000);
        }

        /** The full scale's proportions for the given number of members (for tests and quick tries). */
        public static Scale small(int members) {
            Scale full = full();
            double f = (double) members / full.members();
            return new Scale(members, Math.max(members, share(full.contacts(), f)), Math.max(3, share(full.accounts(), f)),
                    Math.max(1, share(full.projects(), f)), share(full.participations(), f), Math.max(1, share(full.activities(), f)),
                    share(full.registrations(), f), share(full.audits(), f));
        }

        /** "full" or "small:N". */
        public static Scale parse(String text) {
            if ("full".equals(text)) {
                return full();
            }
            if (text != null && text.matches("small:\\d{1,7}")) {
                return small(Integer.parseInt(text.substring("small:".length())));
            }
            throw new IllegalArgumentException("Scale is 'full' or 'small:N' (N members), not " + text);
        }

        private static int share(int total, double fraction) {
            return (int) Math.round(total * fraction);
        }
    }

    private DataGenerator() {
    }

    /** Generates as of today. */
    public static Map<String, Long> generate(Connection connection, Scale scale, long seed) throws SQLException {
        return generate(connection, scale, seed, LocalDate.now());
    }

    /**
     * Generates with {@code today} as the day the data is seen from: every past event lies before it, planned
     * activities and projects after it. Returns the rows written per table, in the order written.
     */
    public static Map<String, Long> generate(Connection connection, Scale scale, long seed, LocalDate today) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Run run = new Run(connection, scale, seed, today);
        try {
            run.readExisting();
            new MemberRows(run).generate();
            new ProjectRows(run).generate();
            new OutreachRows(run).generate();
            new AuditRows(run).generate();
            return run.rows;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            run.sequences.close();
            connection.setAutoCommit(autoCommit);
        }
    }
}
