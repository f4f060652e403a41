package pl.klaster.portal.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.api.output.MigrateResult;
import pl.klaster.portal.service.platform.migration.Migrations;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Defines the portal's data source and brings its schema up to date before anything else runs.
 * <p>
 * Every attribute of the data source, the driver class included, comes from MicroProfile Config: the defaults in
 * {@code META-INF/microprofile-config.properties} give an embedded H2 file database; the environment variables
 * {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} and {@code DB_DATASOURCE_CLASS} (or {@code -D} system
 * properties) choose PostgreSQL without a rebuild. The schema is made only by the versioned migrations in
 * {@code db/migration}, the same on H2 and PostgreSQL. If the migration fails, deployment fails: a portal on a
 * half-migrated schema must not start.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=db.datasource.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        maxIdleTime = 300,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/klaster";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private volatile boolean complete;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        MigrateResult result = Migrations.flyway(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .load()
                .migrate();
        complete = true;
        LOG.info(() -> String.format("Database schema at version %s (%d migrations applied now) in %d ms",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted, (System.nanoTime() - started) / 1_000_000));
    }

    /** True once every migration has been applied: until then the portal is not ready. */
    public boolean isComplete() {
        return complete;
    }
}
