package app.kehu.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.springframework.stereotype.Component;

/** Creates tenant schemas and brings them to the tenant changelog's latest version (idempotently). */
@Component
class TenantSchemaMigrator {

    static final String TENANT_CHANGELOG = "db/changelog/tenant/changelog.sql";
    private static final String DUPLICATE_SCHEMA = "42P06";

    private final DataSource dataSource;

    TenantSchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the schema; fails if it already exists, so that a name is never shared by two tenants. */
    void create(String schema) {
        try {
            execute("CREATE SCHEMA " + quoted(schema));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && DUPLICATE_SCHEMA.equals(sql.getSQLState())) {
                throw new SchemaExistsException(schema);
            }
            throw e;
        }
    }

    void drop(String schema) {
        execute("DROP SCHEMA IF EXISTS " + quoted(schema) + " CASCADE");
    }

    void migrate(String schema) {
        TenantRef.requireSafeSchema(schema);
        try (Connection connection = dataSource.getConnection()) {
            connection.setSchema(schema);
            try {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
                Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                        new ClassLoaderResourceAccessor(getClass().getClassLoader()), Scope.Attr.ui.name(),
                        new LoggerUIService()), () -> new CommandScope(
                                UpdateCommandStep.COMMAND_NAME)
                                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, TENANT_CHANGELOG)
                                .execute());
            } finally {
                connection.setSchema(SchemaPerTenantConnectionProvider.CONTROL_SCHEMA);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate tenant schema " + schema, e);
        } catch (Exception e) {
            throw new IllegalStateException("Tenant changelog failed on schema " + schema, e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }

    private static String quoted(String schema) {
        return '"' + TenantRef.requireSafeSchema(schema) + '"';
    }
}
