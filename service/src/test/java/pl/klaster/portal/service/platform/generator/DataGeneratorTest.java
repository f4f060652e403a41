package pl.klaster.portal.service.platform.generator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.klaster.portal.domain.validation.PolishIdentifiers;
import pl.klaster.portal.service.security.PasswordHasher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates a small data set into freshly migrated in-memory H2 databases (PostgreSQL mode, as the portal runs H2)
 * and checks that it keeps the portal's rules. One generated database is shared by the read-only checks; tests
 * that generate again make their own.
 */
class DataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final OffsetDateTime TODAY_STARTS = TODAY.atStartOfDay(ZoneId.of("Europe/Warsaw")).toOffsetDateTime();
    private static final DataGenerator.Scale SCALE = DataGenerator.Scale.small(200);
    private static final long SEED = 20250616L;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static Connection db;
    private static Map<String, Long> rows;

    @BeforeAll
    static void generate() throws SQLException {
        db = freshDatabase();
        rows = DataGenerator.generate(db, SCALE, SEED, TODAY);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
    }

    @Test
    void makesTheRowsTheScaleAsksFor() throws SQLException {
        assertThat(SCALE).isEqualTo(new DataGenerator.Scale(200, 800, 400, 40, 2000, 120, 4000, 12000));
        assertThat(count("member")).isEqualTo(200);
        assertThat(count("contact_person")).isEqualTo(800);
        assertThat(count("user_account")).isEqualTo(400);
        assertThat(count("project")).isEqualTo(40);
        assertThat(count("participation")).isEqualTo(2000);
        assertThat(count("outreach_activity")).isEqualTo(120);
        assertThat(count("registration")).isEqualTo(4000);
        assertThat(count("audit_entry")).isEqualTo(12000);
        assertThat(rows).containsEntry("registration", 4000L).containsEntry("audit_entry", 12000L);
        for (Map.Entry<String, Long> table : rows.entrySet()) {
            assertThat(count(table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
        }
    }

    @Test
    void everyNipAndRegonIsValidAndNipsAreUnique() throws SQLException {
        assertThat(count("member WHERE country_code = 'PL' AND (nip IS NULL OR regon IS NULL)")).as("Polish without NIP").isZero();
        List<String> nips = strings("SELECT nip FROM member WHERE nip IS NOT NULL");
        assertThat(nips).hasSizeGreaterThan(180).doesNotHaveDuplicates().allMatch(PolishIdentifiers::isValidNip);
        assertThat(strings("SELECT regon FROM member WHERE regon IS NOT NULL")).doesNotHaveDuplicates()
                .allMatch(PolishIdentifiers::isValidRegon);
    }

    @Test
    void nothingHasHappenedYet() throws SQLException {
        assertThat(count("membership_change WHERE effective_on >= ? OR changed_at >= ?", TODAY, TODAY_STARTS)).isZero();
        assertThat(count("fee_payment WHERE paid_on >= ? OR recorded_at >= ?", TODAY, TODAY_STARTS)).isZero();
        assertThat(count("participation WHERE applied_at >= ? OR decided_at >= ?", TODAY_STARTS, TODAY_STARTS)).isZero();
        assertThat(count("registration WHERE registered_at >= ? OR status_changed_at >= ?", TODAY_STARTS, TODAY_STARTS)).isZero();
        assertThat(count("outcome_report WHERE reported_at >= ?", TODAY_STARTS)).isZero();
        assertThat(count("audit_entry WHERE occurred_at >= ?", TODAY_STARTS)).isZero();
    }

    @Test
    void registrationsKeepTheActivitiesRules() throws SQLException {
        assertThat(count("outreach_activity a WHERE a.capacity < (SELECT COUNT(*) FROM registration g WHERE g.activity_id = a.id"
                + " AND g.status IN ('REGISTERED', 'CONFIRMED', 'ATTENDED'))")).as("over capacity").isZero();
        assertThat(count("registration g JOIN outreach_activity a ON a.id = g.activity_id WHERE a.end_date < ?"
                + " AND g.status IN ('REGISTERED', 'CONFIRMED', 'WAITING')", TODAY)).as("undecided after the end").isZero();
        assertThat(count("registration g JOIN outreach_activity a ON a.id = g.activity_id WHERE a.start_date >= ?"
                + " AND g.status IN ('ATTENDED', 'ABSENT')", TODAY)).as("attended before the start").isZero();
        assertThat(count("registration g JOIN outreach_activity a ON a.id = g.activity_id"
                + " WHERE CAST(g.registered_at AS DATE) > a.registration_deadline")).as("after the deadline").isZero();
        assertThat(count("registration WHERE (active_key IS NULL) <> (status IN ('CANCELLED', 'DECLINED'))")).isZero();
        assertThat(count("registration g WHERE NOT EXISTS (SELECT 1 FROM registration_person p JOIN contact_person c"
                + " ON c.id = p.contact_person_id WHERE p.registration_id = g.id AND c.member_id = g.member_id)")).isZero();
        assertThat(count("registration_person p JOIN registration g ON g.id = p.registration_id JOIN contact_person c"
                + " ON c.id = p.contact_person_id WHERE c.member_id <> g.member_id")).isZero();
        assertThat(count("registration WHERE status = 'WAITING' OR status_reason LIKE 'Lista rezerwowa%'")).as("waiting lists").isPositive();
        assertThat(count("registration WHERE status = 'ATTENDED'")).isPositive();
    }

    @Test
    void outcomesAreReportedOnlyForAttendedActivitiesThatEnded() throws SQLException {
        assertThat(count("outcome_report")).isPositive();
        assertThat(count("outcome_report o JOIN registration g ON g.id = o.registration_id JOIN outreach_activity a"
                + " ON a.id = g.activity_id WHERE g.status <> 'ATTENDED' OR a.end_date >= ?", TODAY)).isZero();
        assertThat(count("outcome_report WHERE (export_amount IS NULL) <> (export_currency IS NULL)")).isZero();
    }

    @Test
    void theAuditTrailUsesTheApplicationsWords() throws SQLException {
        assertThat(strings("SELECT DISTINCT action FROM audit_entry")).isSubsetOf("CREATE", "UPDATE", "ACTIVATED", "PAYMENT");
        assertThat(strings("SELECT DISTINCT entity_type FROM audit_entry")).isSubsetOf("Member", "ContactPerson", "UserAccount",
                "MemberFee", "Project", "Participation", "OutreachActivity", "Registration", "OutcomeReport");
        assertThat(count("audit_entry e WHERE e.entity_type = 'Registration' AND NOT EXISTS"
                + " (SELECT 1 FROM registration g WHERE g.id = e.entity_id)")).isZero();
        assertThat(count("audit_entry WHERE action = 'CREATE' AND field IS NOT NULL")).isZero();
    }

    @Test
    void sequencesHandOutIdsBeyondEveryGeneratedRow() throws SQLException {
        String[] tables = {"member", "membership_change", "contact_person", "fee_rate", "member_fee", "fee_payment", "user_account",
                "audit_entry", "partner_organisation", "partner_contact", "project", "project_status_change", "participation",
                "participation_change", "target_market", "outreach_activity", "registration", "outcome_report"};
        for (String table : tables) {
            long max = number("SELECT MAX(id) FROM " + table);
            long next = number("SELECT nextval('" + table + "_seq')");
            assertThat(next - (Sequences.ALLOCATION - 1)).as(table).isGreaterThan(max);
        }
    }

    @Test
    void generatedAccountsSignInWithTheDocumentedPassword() {
        assertThat(new PasswordHasher(PasswordHasher.OWASP).matches(DataGenerator.PASSWORD.toCharArray(), MemberRows.PASSWORD_HASH)).isTrue();
    }

    @Test
    void theSameSeedGivesTheSameData() throws SQLException {
        try (Connection first = freshDatabase(); Connection second = freshDatabase(); Connection other = freshDatabase()) {
            DataGenerator.Scale scale = DataGenerator.Scale.small(60);
            Map<String, Long> firstRows = DataGenerator.generate(first, scale, 42, TODAY);
            Map<String, Long> secondRows = DataGenerator.generate(second, scale, 42, TODAY);
            DataGenerator.generate(other, scale, 43, TODAY);
            assertThat(secondRows).isEqualTo(firstRows);
            for (String query : List.of("SELECT id, nip, legal_name, status FROM member ORDER BY id",
                    "SELECT id, activity_id, member_id, status, registered_at FROM registration ORDER BY id",
                    "SELECT id, occurred_at, actor, entity_type, entity_id, action, field, new_value FROM audit_entry ORDER BY id")) {
                assertThat(digest(second, query)).as(query).isEqualTo(digest(first, query));
            }
            assertThat(digest(other, "SELECT nip FROM member ORDER BY id")).isNotEqualTo(digest(first, "SELECT nip FROM member ORDER BY id"));
        }
    }

    @Test
    void aSecondRunAddsToWhatIsThere() throws SQLException {
        try (Connection connection = freshDatabase()) {
            DataGenerator.Scale scale = DataGenerator.Scale.small(40);
            DataGenerator.generate(connection, scale, 1, TODAY);
            DataGenerator.generate(connection, scale, 1, TODAY);
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT legal_name), COUNT(nip) - COUNT(DISTINCT nip) FROM member")) {
                rs.next();
                assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).containsExactly(80L, 80L, 0L);
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT username), COUNT(DISTINCT LOWER(email)) FROM user_account")) {
                rs.next();
                assertThat(List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3))).containsOnly(2L * scale.accounts());
            }
        }
    }

    // ---- helpers ----

    private static Connection freshDatabase() throws SQLException {
        String url = "jdbc:h2:mem:gen" + DATABASES.incrementAndGet()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Connection connection = DriverManager.getConnection(url, "sa", "sa");
        pl.klaster.portal.service.platform.migration.Migrations.flyway(DataGeneratorTest.class.getClassLoader())
                .dataSource(url, "sa", "sa").load().migrate();
        return connection;
    }

    private static long count(String from, Object... parameters) throws SQLException {
        try (var statement = db.prepareStatement("SELECT COUNT(*) FROM " + from)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long number(String query) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** A SHA-256 of every value the query returns, in order. */
    private static String digest(Connection connection, String query) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(query)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    sha.update(String.valueOf(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
