package id.kesos.registry.importing;

import static id.kesos.registry.importing.ImportFixtures.GAGAKSIPAT;
import static id.kesos.registry.importing.ImportFixtures.birthDate;
import static id.kesos.registry.importing.ImportFixtures.csv;
import static id.kesos.registry.importing.ImportFixtures.iso;
import static id.kesos.registry.importing.ImportFixtures.nik;
import static id.kesos.registry.importing.ImportFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.ApiTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.IntegrationTest;
import id.kesos.registry.Sex;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import API: upload, status polling, the problems file, and who may see and do what. */
@IntegrationTest
@AutoConfigureMockMvc
class RegistryImportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadIsAcceptedPolledToTheEndAndItsProblemsDownloaded() throws Exception {
        String token = token("dinsos");
        LocalDate birth = birthDate();
        byte[] file = csv(List.of(
                row(nik(birth, Sex.L), "", "Api Satu", iso(birth), "L", "", GAGAKSIPAT),
                row("12345", "", "Api Dua", iso(birth), "L", "", GAGAKSIPAT)));

        String body = mvc.perform(multipart("/api/v1/registry/imports")
                        .file(new MockMultipartFile("file", "api.csv", "text/csv", file))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/registry/imports/")))
                .andReturn().getResponse().getContentAsString();
        String id = json.readTree(body).get("id").asText();

        JsonNode job = null;
        for (int i = 0; i < 600 && (job == null || !job.get("status").asText().matches("SUCCEEDED|FAILED")); i++) {
            Thread.sleep(50);
            job = json.readTree(mvc.perform(get("/api/v1/registry/imports/{id}", id)
                            .header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        }
        assertThat(job.get("id").asText()).isEqualTo(id);
        assertThat(job.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(List.of(job.get("totalRows").asInt(), job.get("processedRows").asInt(),
                job.get("acceptedRows").asInt(), job.get("rejectedRows").asInt(), job.get("warningRows").asInt()))
                .containsExactly(2, 2, 1, 1, 0);

        String problems = mvc.perform(get("/api/v1/registry/imports/{id}/problems.csv", id)
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ImportFixtures.parseCsv(problems)).containsExactly(
                List.of("line", "severity", "code", "field", "message"),
                List.of("3", "ERROR", "NIK_LENGTH", "nik", "NIK harus 16 angka."));
    }

    @Test
    void aBadFileIsA400WithTheReason() throws Exception {
        String token = token("dinsos");
        long before = jdbc.sql("select count(*) from registry.import_job").query(Long.class).single();
        mvc.perform(multipart("/api/v1/registry/imports")
                        .file(new MockMultipartFile("file", "salah.csv", "text/csv",
                                "nama,alamat\nBudi,Boyolali\n".getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.problems[0].field").value("file"))
                .andExpect(jsonPath("$.problems[0].message").value(Matchers.startsWith(
                        "Judul kolom tidak sesuai templat. Baris pertama harus: nik,no_kk,nama,")));
        mvc.perform(multipart("/api/v1/registry/imports")
                        .file(new MockMultipartFile("file", "kosong.csv", "text/csv", new byte[0]))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Berkas kosong."));
        mvc.perform(multipart("/api/v1/registry/imports").header("Authorization", "Bearer " + token))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from registry.import_job").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void withoutATokenOutsideTheScopeOrAsAViewerTheApiRefuses() throws Exception {
        LocalDate birth = birthDate();
        byte[] file = csv(List.<String[]>of(row(nik(birth, Sex.P), "", "Api Tiga", iso(birth), "P", "", GAGAKSIPAT)));
        mvc.perform(multipart("/api/v1/registry/imports").file(new MockMultipartFile("file", "a.csv", "text/csv", file)))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/v1/registry/imports").file(new MockMultipartFile("file", "a.csv", "text/csv", file))
                        .header("Authorization", "Bearer " + token("viewer")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));

        String id = json.readTree(mvc.perform(multipart("/api/v1/registry/imports")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", file))
                        .header("Authorization", "Bearer " + token("dinsos")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString()).get("id").asText();
        mvc.perform(get("/api/v1/registry/imports/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/registry/imports/{id}", id).header("Authorization", "Bearer " + token("peksos2")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/registry/imports/{id}/problems.csv", id)
                        .header("Authorization", "Bearer " + token("peksos2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/registry/imports/{id}", id).header("Authorization", "Bearer " + token("viewer")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/registry/imports/{id}", "bukan-id").header("Authorization", "Bearer " + token("admin")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from platform.audit_log where action = 'DENIED'"
                        + " and entity_type = 'REGISTRY_IMPORT' and entity_id = :id")
                .param("id", id).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    private String token(String username) throws Exception {
        return ApiTokens.of(mvc, username);
    }
}
