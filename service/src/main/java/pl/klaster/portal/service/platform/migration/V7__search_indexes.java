package pl.klaster.portal.service.platform.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Indexes for the member search and the newest-first lists, found by reading the plans (EXPLAIN) of the main
 * queries on PostgreSQL with the generated data (docs/PERFORMANCE.md):
 * <ul>
 *   <li>the search by part of a name ({@code LOWER(legal_name) LIKE '%text%'}, also the short name) uses trigram
 *       indexes (pg_trgm, a trusted extension the database owner may create), the search by the start of a city
 *       or of a NIP uses pattern indexes; without them each search read the whole members table;</li>
 *   <li>the audit trail, read newest first, gets an index on its time.</li>
 * </ul>
 * One migration for both databases, as every migration is, written in Java because the two need different
 * statements: H2 (the embedded demo database) has neither trigram nor expression indexes, so there it adds only
 * the plain ones; its searches over a demo cluster's few hundred members are a scan either way.
 */
public class V7__search_indexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        try (Statement sql = context.getConnection().createStatement()) {
            if (postgres) {
                sql.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                sql.execute("CREATE INDEX member_legal_name_trgm_idx ON member USING gin (LOWER(legal_name) gin_trgm_ops)");
                sql.execute("CREATE INDEX member_short_name_trgm_idx ON member USING gin (LOWER(short_name) gin_trgm_ops)");
                sql.execute("CREATE INDEX member_city_prefix_idx ON member (LOWER(city) text_pattern_ops)");
                sql.execute("CREATE INDEX member_nip_prefix_idx ON member (nip varchar_pattern_ops)");
            }
            sql.execute("CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at, id)");
        }
    }
}
