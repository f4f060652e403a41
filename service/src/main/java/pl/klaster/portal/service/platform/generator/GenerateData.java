package pl.klaster.portal.service.platform.generator;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Command line: migrates the database the way the portal does (Flyway, {@code classpath:db/migration}), then
 * generates a data set into it and prints the rows per table and the time taken.
 * <pre>
 * --url jdbc:...        default: -Ddb.url, else $DB_URL, else the portal's embedded H2 file (./data/klaster)
 * --user, --password    default: -Ddb.user / $DB_USER, -Ddb.password / $DB_PASSWORD, else sa / sa
 * --scale full|small:N  default: full (5,000 members); small:N keeps its proportions for N members
 * --seed N              default: 1; the same seed (and day) gives the same data
 * --today YYYY-MM-DD    default: today; the day the data is seen from
 * </pre>
 * Run it against a database the portal is not writing to at the same time; the portal may run afterwards.
 */
public final class GenerateData {

    /** The portal's default database (microprofile-config.properties, with klaster.data.dir=./data). */
    static final String DEFAULT_URL = "jdbc:h2:file:./data/klaster;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private GenerateData() {
    }

    public static void main(String[] args) throws SQLException {
        Map<String, String> options = options(args);
        String url = option(options, "url", "db.url", "DB_URL", DEFAULT_URL);
        String user = option(options, "user", "db.user", "DB_USER", "sa");
        String password = option(options, "password", "db.password", "DB_PASSWORD", "sa");
        DataGenerator.Scale scale = DataGenerator.Scale.parse(options.getOrDefault("scale", "full"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now();

        loadDriver(url);
        long started = System.nanoTime();
        var migration = pl.klaster.portal.service.platform.migration.Migrations.flyway(GenerateData.class.getClassLoader())
                .dataSource(url, user, password)
                .load()
                .migrate();
        System.out.printf(Locale.ROOT, "Schema at version %s (%d migrations applied now)%n",
                migration.targetSchemaVersion == null ? migration.initialSchemaVersion : migration.targetSchemaVersion,
                migration.migrationsExecuted);
        System.out.printf(Locale.ROOT, "Generating %s, seed %d, as of %s into %s%n", scale, seed, today, url);
        Map<String, Long> rows;
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            rows = DataGenerator.generate(connection, scale, seed, today);
        }
        long total = 0;
        for (Map.Entry<String, Long> table : rows.entrySet()) {
            System.out.printf(Locale.ROOT, "%-30s %,10d%n", table.getKey(), table.getValue());
            total += table.getValue();
        }
        System.out.printf(Locale.ROOT, "%-30s %,10d rows in %.1f s%n", "total", total, (System.nanoTime() - started) / 1e9);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + arg + "; options are --url, --user, --password,"
                        + " --scale, --seed, --today");
            }
            int equals = arg.indexOf('=');
            if (equals > 0) {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            } else if (i + 1 < args.length) {
                options.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("No value for " + arg);
            }
        }
        return options;
    }

    /** The command line first, then a -D system property, then the environment, as the portal's configuration does. */
    private static String option(Map<String, String> options, String name, String property, String variable, String fallback) {
        String value = options.get(name);
        if (value == null) {
            value = System.getProperty(property);
        }
        if (value == null) {
            value = System.getenv(variable);
        }
        return value == null ? fallback : value;
    }

    /** Registers the driver from this class's loader, which DriverManager does not search when run inside Maven. */
    private static void loadDriver(String url) {
        String driver = url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : url.startsWith("jdbc:h2:") ? "org.h2.Driver" : null;
        if (driver == null) {
            return;
        }
        try {
            Class.forName(driver, true, GenerateData.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JDBC driver " + driver + " is not on the class path", e);
        }
    }
}
