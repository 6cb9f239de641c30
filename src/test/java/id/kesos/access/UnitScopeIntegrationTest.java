package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A user sees their unit and the units below it; anything else is "not found" and audited. */
@IntegrationTest
@AutoConfigureMockMvc
class UnitScopeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void peksos2CannotOpenAUserOfAnotherSentraAndTheAttemptIsAudited() throws Exception {
        long peksos = idOfUser("peksos");
        long deniedBefore = deniedCount("peksos2", "USER", peksos);

        mvc.perform(get("/users/{id}", peksos).with(user(principals.loadUserByUsername("peksos2"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tidak ditemukan")));

        assertThat(deniedCount("peksos2", "USER", peksos)).isEqualTo(deniedBefore + 1);
    }

    @Test
    void peksos2CannotOpenTheUnitOfAnotherSentraAndTheAttemptIsAudited() throws Exception {
        long soeharso = idOfUnit("Sentra Terpadu%Soeharso%");
        long deniedBefore = deniedCount("peksos2", "ORG_UNIT", soeharso);

        mvc.perform(get("/units/{id}", soeharso).with(user(principals.loadUserByUsername("peksos2"))))
                .andExpect(status().isNotFound());

        assertThat(deniedCount("peksos2", "ORG_UNIT", soeharso)).isEqualTo(deniedBefore + 1);
    }

    @Test
    void colleaguesOfOneUnitSeeEachOther() throws Exception {
        mvc.perform(get("/users/{id}", idOfUser("supervisor")).with(user(principals.loadUserByUsername("peksos"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Supervisor Rehabilitasi Sosial")));
    }

    @Test
    void aProvinceOfficeSeesTheUnitsBelowItButNotItsParent() throws Exception {
        var viewer = user(principals.loadUserByUsername("viewer"));
        mvc.perform(get("/units/{id}", idOfUnit("Puskesos Desa Gagaksipat")).with(viewer))
                .andExpect(status().isOk());
        mvc.perform(get("/units/{id}", idOfUnit("Kementerian Sosial")).with(viewer))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsShowOnlyTheUsersInScope() throws Exception {
        mvc.perform(get("/users").with(user(principals.loadUserByUsername("peksos2"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Pekerja Sosial Sentra Mulya Jaya")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Pekerja Sosial Sentra Soeharso"))));
    }

    @Test
    void theRootAdministratorSeesEveryUnit() throws Exception {
        mvc.perform(get("/units/{id}", idOfUnit("Sentra Mulya Jaya Jakarta"))
                        .with(user(principals.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
    }

    private long idOfUser(String username) {
        return jdbc.sql("select id from access.user_account where username = :u").param("u", username)
                .query(Long.class).single();
    }

    private long idOfUnit(String namePattern) {
        return jdbc.sql("select id from access.org_unit where name like :n order by id limit 1").param("n", namePattern)
                .query(Long.class).single();
    }

    private long deniedCount(String actor, String entityType, long entityId) {
        return jdbc.sql("""
                select count(*) from platform.audit_log
                 where action = 'DENIED' and actor = :actor and entity_type = :type and entity_id = :id
                """)
                .param("actor", actor).param("type", entityType).param("id", Long.toString(entityId))
                .query(Long.class).single();
    }
}
