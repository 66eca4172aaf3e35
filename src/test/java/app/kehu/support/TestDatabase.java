package app.kehu.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One PostgreSQL database per test JVM, so that test runs never see each other's data; created by the
 * application's own bootstrap and dropped when the JVM ends.
 */
public final class TestDatabase {

    public static final String HOST = System.getenv().getOrDefault("KEHU_TEST_DB_HOST", "127.0.0.1:5432");
    public static final String USER = System.getenv().getOrDefault("KEHU_DB_USER", "postgres");
    public static final String PASSWORD = System.getenv().getOrDefault("KEHU_DB_PASSWORD", "");
    public static final String NAME = "kehu_test_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::drop, "drop-test-database"));
    }

    private TestDatabase() {
    }

    public static String url() {
        return "jdbc:postgresql://" + HOST + "/" + NAME;
    }

    private static void drop() {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER,
                PASSWORD); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + NAME + "\" WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + NAME + ": " + e.getMessage());
        }
    }
}
