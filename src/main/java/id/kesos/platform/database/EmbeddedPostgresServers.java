package id.kesos.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data folder and JVM. Every application context that uses a folder
 * leases its server; the server stops when the last lease is released, so cached test contexts
 * share one instance while a restarted application finds its data again.
 */
final class EmbeddedPostgresServers {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServers.class);

    static final String DATABASE = "kesos";

    private static final Map<Path, Lease> LEASES = new HashMap<>();
    private static Path ephemeralDir;

    private EmbeddedPostgresServers() {}

    static synchronized Path ephemeralDirectory() {
        if (ephemeralDir == null) {
            try {
                ephemeralDir = Files.createTempDirectory("kesos-pg-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ephemeralDir;
    }

    static synchronized EmbeddedPostgres acquire(Path dataDir, boolean clean, int port) {
        Path key = dataDir.toAbsolutePath().normalize();
        Lease lease = LEASES.get(key);
        if (lease == null) {
            lease = new Lease(start(key, clean, port));
            LEASES.put(key, lease);
        }
        lease.count++;
        return lease.server;
    }

    static synchronized void release(Path dataDir) {
        Path key = dataDir.toAbsolutePath().normalize();
        Lease lease = LEASES.get(key);
        if (lease == null || --lease.count > 0) {
            return;
        }
        LEASES.remove(key);
        try {
            lease.server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres start(Path dir, boolean clean, int port) {
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres server = builder
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    // The embedded server's own default answers a commit before it is on disk: fine for
                    // a throwaway test database, not for a kept one, where a saved case must survive a crash.
                    .setServerConfig("synchronous_commit", clean ? "off" : "on")
                    .start();
            createDatabaseIfMissing(server);
            LOG.info("Embedded PostgreSQL {} listens on localhost:{}", dir, server.getPort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dir, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database " + DATABASE + " could not be created", e);
        }
    }

    private static final class Lease {
        private final EmbeddedPostgres server;
        private int count;

        private Lease(EmbeddedPostgres server) {
            this.server = server;
        }
    }
}
