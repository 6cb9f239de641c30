package id.kesos.region.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the region list shipped in {@code resources/regions} with COPY: 91,599 rows in well
 * under a second, inside Flyway's transaction, so a failed load leaves nothing behind.
 */
@Component
class RegionDataMigration implements JavaMigration {

    private static final String[][] FILES = {
        {"provinces.csv", "1", "(code, name)"},
        {"regencies.csv", "2", "(code, parent_code, name)"},
        {"districts.csv", "3", "(code, parent_code, name)"},
        {"villages.csv", "4", "(code, parent_code, name)"},
    };

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "load regions idn-area-data 4.0.1";
    }

    /** A checksum of the shipped files, so that changed data cannot pass for this migration. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String[] file : FILES) {
            try (InputStream in = new ClassPathResource("regions/" + file[0]).getInputStream()) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("Region list could not be read", e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table region_load (code varchar(13), parent_code varchar(13),"
                    + " name varchar(120)) on commit drop");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String[] file : FILES) {
                statement.execute("truncate region_load");
                try (InputStream in = new ClassPathResource("regions/" + file[0]).getInputStream()) {
                    copy.copyIn("copy region_load " + file[2] + " from stdin with (format csv, header true)", in);
                }
                statement.execute("insert into region.region (code, parent_code, level, name, province_code)"
                        + " select code, parent_code, " + file[1] + ", name, left(code, 2) from region_load");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Region list could not be read", e);
        }
    }
}
