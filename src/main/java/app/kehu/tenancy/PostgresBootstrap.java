package app.kehu.tenancy;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the application's database and its control schema when they do not exist yet. */
final class PostgresBootstrap {

    private static final Logger log = LoggerFactory.getLogger(PostgresBootstrap.class);
    private static final Pattern SAFE_DATABASE = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]{0,62}$");

    private PostgresBootstrap() {
    }

    static void ensureDatabaseAndControlSchema(String jdbcUrl, String user, String password) {
        String database = databaseName(jdbcUrl);
        try {
            try (Connection maintenance = DriverManager.getConnection(withDatabase(jdbcUrl, "postgres"), user, password)) {
                createDatabaseIfMissing(maintenance, database);
            }
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + SchemaPerTenantConnectionProvider.CONTROL_SCHEMA);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare PostgreSQL database '" + database + "' at " + jdbcUrl
                    + ": " + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfMissing(Connection maintenance, String database) throws SQLException {
        try (PreparedStatement exists = maintenance.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (exists.executeQuery().next()) {
                return;
            }
        }
        try (Statement statement = maintenance.createStatement()) {
            statement.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8' TEMPLATE template0");
            log.info("Created PostgreSQL database {}", database);
        } catch (SQLException e) {
            // Another node or test fork created it between our check and our CREATE.
            if (!"42P04".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    static String databaseName(String jdbcUrl) {
        String path = URI.create(jdbcUrl.substring("jdbc:".length())).getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (!SAFE_DATABASE.matcher(database).matches()) {
            throw new IllegalArgumentException("Unsupported database name in " + jdbcUrl);
        }
        return database;
    }

    static String withDatabase(String jdbcUrl, String database) {
        int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
        int query = jdbcUrl.indexOf('?', slash);
        return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }
}
