package pl.klaster.portal.it.performance;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.service.platform.DatabaseMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On PostgreSQL, the main queries of the lists, the searches and the report details can be served by an index:
 * each is planned (EXPLAIN) with sequential scans made prohibitively expensive, and its plan must not scan the
 * table it looks up. The tables of the test database are small, so with normal costs the planner would rightly
 * scan them; what this proves is that a usable index exists, which on the generated data the planner then
 * chooses (the plans on that data are in docs/PERFORMANCE.md). The SQL is what the services send, in
 * PostgreSQL's words. On H2 there is nothing to check.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = ".*postgresql.*", disabledReason = "the plans are PostgreSQL's")
class QueryPlanIT {

    /** The query, its parameters, and the table it must not scan. */
    private record Lookup(String sql, List<Object> parameters, String table) {
    }

    private static final Map<String, Lookup> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("member search by part of a name", new Lookup(
                "SELECT id FROM member WHERE LOWER(legal_name) LIKE ? OR LOWER(short_name) LIKE ? OR LOWER(city) LIKE ?",
                List.of("%polimer%", "%polimer%", "polimer%"), "member"));
        QUERIES.put("member search by the start of a NIP", new Lookup(
                "SELECT id FROM member WHERE nip LIKE ?", List.of("55400%"), "member"));
        QUERIES.put("member list, first page by name", new Lookup(
                "SELECT id, legal_name FROM member ORDER BY legal_name, id LIMIT 25", List.of(), "member"));
        QUERIES.put("members of a status", new Lookup(
                "SELECT id FROM member WHERE status = ? ORDER BY legal_name LIMIT 25", List.of("ACTIVE"), "member"));
        QUERIES.put("audit trail, newest first", new Lookup(
                "SELECT id FROM audit_entry ORDER BY occurred_at DESC, id DESC LIMIT 20", List.of(), "audit_entry"));
        QUERIES.put("a member's audit trail", new Lookup(
                "SELECT id FROM audit_entry WHERE member_id = ? ORDER BY occurred_at DESC LIMIT 20", List.of(1L), "audit_entry"));
        QUERIES.put("participants of a project", new Lookup(
                "SELECT id FROM participation WHERE project_id = ?", List.of(1L), "participation"));
        QUERIES.put("the queue of pending applications", new Lookup(
                "SELECT id FROM participation WHERE status = ? ORDER BY applied_at LIMIT 25", List.of("PENDING"), "participation"));
        QUERIES.put("registrations of an activity", new Lookup(
                "SELECT id FROM registration WHERE activity_id = ? ORDER BY status, registered_at", List.of(1L), "registration"));
        QUERIES.put("a member's registrations", new Lookup(
                "SELECT id FROM registration WHERE member_id = ?", List.of(1L), "registration"));
        QUERIES.put("activities of a period", new Lookup(
                "SELECT id FROM outreach_activity WHERE start_date BETWEEN ? AND ? ORDER BY start_date",
                List.of(java.sql.Date.valueOf("2025-01-01"), java.sql.Date.valueOf("2025-12-31")), "outreach_activity"));
        QUERIES.put("fees of a year", new Lookup(
                "SELECT id FROM member_fee WHERE fee_year = ?", List.of(2025), "member_fee"));
        QUERIES.put("contact persons of a member", new Lookup(
                "SELECT id FROM contact_person WHERE member_id = ?", List.of(1L), "contact_person"));
        QUERIES.put("projects open for applications", new Lookup(
                "SELECT id FROM project WHERE applications_open = TRUE AND application_deadline >= CURRENT_DATE", List.of(), "project"));
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(QueryPlanIT.class);
    }

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void everyMainLookupCanUseAnIndex() throws SQLException {
        List<String> scans = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement settings = connection.createStatement()) {
                settings.execute("SET enable_seqscan = off");
            }
            try {
                for (Map.Entry<String, Lookup> query : QUERIES.entrySet()) {
                    String plan = plan(connection, query.getValue());
                    if (plan.contains("Seq Scan on " + query.getValue().table())) {
                        scans.add(query.getKey() + ":\n" + plan);
                    }
                }
            } finally {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("RESET enable_seqscan");
                }
            }
        }
        assertTrue(scans.isEmpty(), "lookups that can only scan their table:\n" + String.join("\n", scans));
    }

    private static String plan(Connection connection, Lookup query) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + query.sql())) {
            for (int i = 0; i < query.parameters().size(); i++) {
                explain.setObject(i + 1, query.parameters().get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
