package app.kehu.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Boot's own pool, built only after the database and the control schema exist, so that the run command works
 * on a fresh PostgreSQL with nothing created by hand.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties) {
        PostgresBootstrap.ensureDatabaseAndControlSchema(properties.determineUrl(), properties.determineUsername(),
                properties.determinePassword());
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
