package pl.klaster.portal.service.platform.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The one Flyway configuration, used by the portal at start-up, by the data generator and by tests: the SQL
 * migrations in {@code classpath:db/migration} and the Java ones of this package (given by hand, since scanning
 * for classes inside an application server's archives is not reliable).
 */
public final class Migrations {

    private Migrations() {
    }

    public static FluentConfiguration flyway(ClassLoader loader) {
        return Flyway.configure(loader)
                .locations("classpath:db/migration")
                .javaMigrations(new V7__search_indexes())
                .failOnMissingLocations(true);
    }
}
