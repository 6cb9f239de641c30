package id.kesos.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.KesosApplication;
import id.kesos.access.KesosUser;
import id.kesos.access.NewUser;
import id.kesos.access.OrgUnits;
import id.kesos.access.Role;
import id.kesos.access.UserAccounts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The embedded database keeps its files in the data folder, durably, so a restart finds what was written. */
class EmbeddedDataSurvivesRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aUserCreatedBeforeARestartIsThereAfterIt() {
        String username = "bertahan" + System.nanoTime() % 100000;
        try (ConfigurableApplicationContext first = start()) {
            var admin = (KesosUser) first.getBean(UserDetailsService.class).loadUserByUsername("admin");
            long unit = first.getBean(OrgUnits.class).list(admin.scope(), "Soeharso").get(0).id();
            first.getBean(UserAccounts.class).create(admin.scope(),
                    new NewUser(username, "Pengguna Bertahan", null, Role.PEKSOS, unit, "sandi-yang-panjang"));
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select full_name from access.user_account where username = :u")
                    .param("u", username).query(String.class).single()).isEqualTo("Pengguna Bertahan");
            assertThat(jdbc.sql("select count(*) from access.org_unit where name = 'Kementerian Sosial'")
                    .query(Long.class).single()).as("demo data loaded once").isEqualTo(1);
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single())
                    .as("a commit of a kept database is on disk before it is answered").isEqualTo("on");
        }
        assertThat(dataDir.resolve("pg/PG_VERSION")).exists();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(KesosApplication.class)
                .run("--kesos.data-dir=" + dataDir, "--server.port=0", "--kesos.demo=true");
    }
}
