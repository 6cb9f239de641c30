package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.IntegrationTest;
import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class ApiTokenIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutATokenTheApiAnswers401JsonNotALoginPage() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("token API")));
        mvc.perform(get("/api/v1/regions/33"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenFromBasicCredentialsOpensTheApi() throws Exception {
        String token = issueToken("peksos");
        assertThat(token).startsWith("kesos_");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("peksos"))
                .andExpect(jsonPath("$.role").value("PEKSOS"))
                .andExpect(jsonPath("$.unitName").value(org.hamcrest.Matchers.containsString("Soeharso")));
    }

    @Test
    void aTokensUseIsNotedToTheMinute() throws Exception {
        String token = issueToken("peksos");
        String prefix = token.substring(0, 10);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        Timestamp first = lastUsed(prefix);
        assertThat(first).isNotNull();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(lastUsed(prefix)).isEqualTo(first);

        jdbc.sql("update access.api_token set last_used_at = last_used_at - interval '2 minutes'"
                + " where token_prefix = :prefix").param("prefix", prefix).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(lastUsed(prefix)).isAfter(first);
    }

    private Timestamp lastUsed(String prefix) {
        return jdbc.sql("select last_used_at from access.api_token where token_prefix = :prefix")
                .param("prefix", prefix).query(Timestamp.class).single();
    }

    @Test
    void onlyADigestOfTheTokenIsStored() throws Exception {
        String token = issueToken("peksos");
        long plain = jdbc.sql("select count(*) from access.api_token where token_hash = :t or token_prefix = :t")
                .param("t", token).query(Long.class).single();
        assertThat(plain).isZero();
    }

    @Test
    void wrongCredentialsUnknownOrRevokedTokensAre401() throws Exception {
        mvc.perform(post("/api/v1/auth/tokens").with(httpBasic("peksos", "salah-sandi-123")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer kesos_tidak-ada"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("api.token.invalid"));

        JsonNode issued = issue("peksos");
        String token = issued.get("token").asText();
        mvc.perform(delete("/api/v1/auth/tokens/{id}", issued.get("id").asLong())
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    /** A token opens nothing once its user is locked or deactivated, or their unit closed. */
    @Test
    void aTokenFollowsItsUserAndTheirUnit() throws Exception {
        long unit = jdbc.sql("""
                insert into access.org_unit (parent_id, type, name, region_code)
                select id, 'LKS', 'LKS Uji Token', null from access.org_unit where parent_id is null
                returning id
                """).query(Long.class).single();
        long user = jdbc.sql("""
                insert into access.user_account (username, full_name, password_hash, role, unit_id)
                select 'uji-token', 'Pengguna Uji Token', password_hash, 'PEKSOS', :unit
                  from access.user_account where username = 'peksos'
                returning id
                """).param("unit", unit).query(Long.class).single();
        String token = issueToken("uji-token");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitName").value("LKS Uji Token"));

        jdbc.sql("update access.user_account set locked_until = now() + interval '10 minutes' where id = :id")
                .param("id", user).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        jdbc.sql("update access.user_account set locked_until = null, active = false where id = :id")
                .param("id", user).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        jdbc.sql("update access.user_account set active = true where id = :id").param("id", user).update();
        jdbc.sql("update access.org_unit set active = false where id = :id").param("id", unit).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void basicCredentialsOnlyServeToGetAToken() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("peksos", "kesos-demo")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theTokenCarriesTheUnitScope() throws Exception {
        String token = issueToken("peksos2");
        long peksos = jdbc.sql("select id from access.user_account where username = 'peksos'")
                .query(Long.class).single();
        long own = jdbc.sql("select id from access.user_account where username = 'peksos2'")
                .query(Long.class).single();

        mvc.perform(get("/api/v1/users/{id}", peksos).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/users/{id}", own).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("peksos2"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
    }

    @Test
    void badInputGetsA400WithAnIndonesianMessage() throws Exception {
        String token = issueToken("admin");
        mvc.perform(get("/api/v1/units/{id}", "abc").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("Permintaan tidak sah."));
        mvc.perform(post("/api/v1/auth/tokens").with(httpBasic("admin", "kesos-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"validDays\": 7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Pilih masa berlaku yang tersedia."));
        mvc.perform(post("/api/v1/auth/tokens").with(httpBasic("admin", "kesos-demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void openApiDescriptionIsPublic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/auth/tokens']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/regions/{code}']").exists());
    }

    private String issueToken(String username) throws Exception {
        return issue(username).get("token").asText();
    }

    private JsonNode issue(String username) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/tokens").with(httpBasic(username, "kesos-demo")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
