package pl.klaster.portal.service.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The portal is ready only when every migration has been applied and the database answers now
 * ({@code /health/ready}, and {@code /health} with it).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Inject
    private DatabaseMigration migration;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = migration.isComplete();
        boolean reachable = false;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            reachable = false;
        }
        return HealthCheckResponse.named("database")
                .status(migrated && reachable)
                .withData("migrations-applied", migrated)
                .withData("reachable", reachable)
                .build();
    }
}
