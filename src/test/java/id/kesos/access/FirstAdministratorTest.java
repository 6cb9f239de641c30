package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.KesosApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A production start on an empty database creates the root unit and one administrator, nothing more. */
class FirstAdministratorTest {

    @TempDir
    Path dataDir;

    @Test
    void createsTheRootUnitAndAdministratorWithoutDemoData() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(KesosApplication.class)
                .run("--kesos.data-dir=" + dataDir, "--server.port=0", "--kesos.demo=false",
                        "--kesos.admin-password=rahasia-awal-123", "--kesos.root-unit=Dinas Sosial Contoh")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select name from access.org_unit").query(String.class).list())
                    .containsExactly("Dinas Sosial Contoh");
            assertThat(jdbc.sql("select username from access.user_account").query(String.class).list())
                    .containsExactly("admin");
            String hash = jdbc.sql("select password_hash from access.user_account").query(String.class).single();
            assertThat(context.getBean(PasswordEncoder.class).matches("rahasia-awal-123", hash)).isTrue();
            assertThat(hash).startsWith("{bcrypt}");
        }
    }
}
