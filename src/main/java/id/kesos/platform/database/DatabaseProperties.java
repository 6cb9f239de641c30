package id.kesos.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where Kesos keeps its data: an external PostgreSQL when {@code KESOS_DB_URL} is set, otherwise
 * the embedded server under {@code KESOS_DATA_DIR/pg}.
 *
 * @param dataDir   the folder for the embedded server's files
 * @param db        the external server, if any
 * @param ephemeral start the embedded server in a fresh temporary folder (tests)
 * @param embeddedPort the embedded server's port; 0 takes a free one
 */
@ConfigurationProperties("kesos")
public record DatabaseProperties(Path dataDir, External db, boolean ephemeral, int embeddedPort) {

    public record External(String url, String user, String password) {}

    public boolean embedded() {
        return db == null || !StringUtils.hasText(db.url());
    }
}
