package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class LoginSecurityIntegrationTest {

    private static final String PASSWORD = "benar-sekali-123";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Autowired
    OrgUnits units;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutes() throws Exception {
        String username = newUser("kunci");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin().user(username).password("salah-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));

        var lockedFor = jdbc.sql("""
                select extract(epoch from locked_until - now()) from access.user_account where username = :u
                """).param("u", username).query(Double.class).single();
        assertThat(lockedFor).isBetween(14 * 60.0, 15 * 60.0);
        assertThat(auditCount(username, "LOGIN_FAILED")).isEqualTo(6);
    }

    @Test
    void fourFailuresThenASuccessDoNotLockAndResetTheCount() throws Exception {
        String username = newUser("hampir");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(username).password("salah")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(username).password("salah")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(auditCount(username, "LOGIN")).isEqualTo(2);
    }

    @Test
    void theUsernameIsReadWithoutRegardToCase() throws Exception {
        String username = newUser("huruf");
        mvc.perform(formLogin().user("H" + username.substring(1).toUpperCase()).password(PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount(username, "LOGIN")).isEqualTo(1);
    }

    @Test
    void aDeactivatedUserCannotSignIn() throws Exception {
        String username = newUser("nonaktif");
        long id = jdbc.sql("select id from access.user_account where username = :u").param("u", username)
                .query(Long.class).single();
        var admin = (KesosUser) principals.loadUserByUsername("admin");
        users.setActive(admin.scope(), id, false, admin.id());

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?disabled"));
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        var admin = user(principals.loadUserByUsername("admin"));
        mvc.perform(post("/admin/users").with(admin)
                        .param("username", "tanpa-csrf").param("fullName", "Tanpa CSRF").param("role", "PEKSOS")
                        .param("unitId", "1").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").with(admin).with(csrf().useInvalidToken())
                        .param("username", "tanpa-csrf").param("fullName", "Tanpa CSRF").param("role", "PEKSOS")
                        .param("unitId", "1").param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", "kesos-demo"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from access.user_account where username = 'tanpa-csrf'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy",
                        org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/users")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void onlyAdministratorsReachAdminScreensAndMetrics() throws Exception {
        var peksos = user(principals.loadUserByUsername("peksos"));
        mvc.perform(get("/admin/users/new").with(peksos)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(peksos)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(user(principals.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/audit").with(peksos)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(user(principals.loadUserByUsername("kepala")))).andExpect(status().isOk());
    }

    private String newUser(String prefix) {
        String username = prefix + System.nanoTime() % 1_000_000;
        var admin = (KesosUser) principals.loadUserByUsername("admin");
        long unit = units.list(admin.scope(), "Mulya Jaya").get(0).id();
        users.create(admin.scope(), new NewUser(username, "Pengguna " + prefix, null, Role.PEKSOS, unit, PASSWORD));
        return username;
    }

    private long auditCount(String username, String action) {
        return jdbc.sql("select count(*) from platform.audit_log where actor = :u and action = :a")
                .param("u", username).param("a", action).query(Long.class).single();
    }
}
