package id.kesos.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the PostgreSQL server: the external one named by {@code KESOS_DB_URL}, or an embedded
 * server that the application starts itself and stops with its context.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseProperties properties) {
        if (!properties.embedded()) {
            return DataSourceBuilder.create().type(HikariDataSource.class)
                    .url(properties.db().url())
                    .username(properties.db().user())
                    .password(properties.db().password())
                    .build();
        }
        Path dir = properties.ephemeral()
                ? EmbeddedPostgresServers.ephemeralDirectory()
                : properties.dataDir().resolve("pg");
        EmbeddedPostgres server = EmbeddedPostgresServers.acquire(dir, properties.ephemeral(), properties.embeddedPort());
        return new EmbeddedDataSource(server.getJdbcUrl("postgres", EmbeddedPostgresServers.DATABASE), dir);
    }

    /** A pool whose closing also releases its lease on the embedded server. */
    static final class EmbeddedDataSource extends HikariDataSource {
        private final Path dataDir;

        EmbeddedDataSource(String jdbcUrl, Path dataDir) {
            this.dataDir = dataDir;
            setJdbcUrl(jdbcUrl);
            setUsername("postgres");
        }

        @Override
        public void close() {
            super.close();
            EmbeddedPostgresServers.release(dataDir);
        }
    }
}
