package id.kesos.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class RegionsIntegrationTest {

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserDetailsService principals;

    @Test
    void theWholeOfficialListIsLoaded() {
        var counts = jdbc.sql("select level, count(*) from region.region group by level order by level")
                .query((rs, n) -> rs.getLong(2)).list();
        assertThat(counts).containsExactly(38L, 514L, 7285L, 83762L);
    }

    @Test
    void findsARegionItsLineageAndChildren() {
        assertThat(regions.find("33.09.11.2004")).get()
                .extracting(Region::name, Region::level, Region::parentCode)
                .containsExactly("Gagaksipat", RegionLevel.VILLAGE, "33.09.11");
        assertThat(regions.lineage("33.09.11.2004")).extracting(Region::name)
                .containsExactly("Jawa Tengah", "Kabupaten Boyolali", "Ngemplak", "Gagaksipat");
        assertThat(regions.children("33.09")).extracting(Region::name).contains("Ngemplak", "Teras");
        assertThat(regions.children(null)).hasSize(38);
        assertThat(regions.find("33.09.11.9999")).isEmpty();
        assertThat(regions.find("bukan kode")).isEmpty();
    }

    @Test
    void searchFindsNamesDespiteTyposAndTellsNamesakesApart() {
        assertThat(regions.search("gagaksipat", 5)).first()
                .extracting(match -> match.region().code()).isEqualTo("33.09.11.2004");
        assertThat(regions.search("Gagaksipad", 5)).extracting(match -> match.region().code())
                .contains("33.09.11.2004");
        assertThat(regions.search("Ngemplak", 20)).extracting(RegionMatch::parentName)
                .contains("Kabupaten Boyolali", "Kabupaten Sleman");
        assertThat(regions.search("x", 5)).isEmpty();
    }

    @Test
    void theApiAnswersByCodeAndByParent() throws Exception {
        String token = json.readTree(mvc.perform(post("/api/v1/auth/tokens").with(httpBasic("tksk", "kesos-demo")))
                .andReturn().getResponse().getContentAsString()).get("token").asText();

        mvc.perform(get("/api/v1/regions/{code}", "33.09.11.2004").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Gagaksipat"))
                .andExpect(jsonPath("$.level").value("VILLAGE"));
        mvc.perform(get("/api/v1/regions").param("parent", "33.09.11").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == '33.09.11.2004')].name").value("Gagaksipat"));
        mvc.perform(get("/api/v1/regions").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.length()").value(38));
        mvc.perform(get("/api/v1/regions/{code}", "99.99").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("tidak ditemukan")));
        mvc.perform(get("/api/v1/regions").param("parent", "99").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePickerFillsTheNextLevelAfterAChoice() throws Exception {
        mvc.perform(get("/regions/picker").param("field", "regionCode").param("regionPick", "33.09")
                        .with(user(principals.loadUserByUsername("peksos"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"33.09\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(">Ngemplak</option>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString(">Gagaksipat</option>"))));
    }

    @Test
    void theSearchPageListsMatches() throws Exception {
        mvc.perform(get("/regions").param("q", "Gagaksipat").with(user(principals.loadUserByUsername("peksos"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("33.09.11.2004")));
    }
}
