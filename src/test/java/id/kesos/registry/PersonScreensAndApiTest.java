package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.ApiTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class PersonScreensAndApiTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(8000);

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    ObjectMapper json;

    private KesosUser principal(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(principals.loadUserByUsername(username)));
    }

    private static String nik() {
        return "330911120385" + SERIAL.incrementAndGet();
    }

    private PersonView registered(String name) {
        return persons.register(principal("tksk"), new PersonInput(nik(), null, name, "Boyolali", "1985-03-12", "L", null,
                null, null, null, null, null, "33.09.11.2004", null, null, null, null), "FORMULIR");
    }

    @Test
    void badInputOnTheFormIsExplainedNextToTheFields() throws Exception {
        mvc.perform(as("tksk", post("/registry/persons")).param("confirmNew", "true")
                        .param("nik", "12345").param("nama", "").param("tanggalLahir", "31-02-1985")
                        .param("jenisKelamin", "X").param("kodeWilayah", "99.99.99.9999").param("noKk", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("NIK harus 16 angka.")))
                .andExpect(content().string(containsString("Nama wajib diisi.")))
                .andExpect(content().string(containsString("Tanggal lahir tidak sah")))
                .andExpect(content().string(containsString("Jenis kelamin harus L atau P.")))
                .andExpect(content().string(containsString("Nomor KK harus 16 angka.")))
                .andExpect(content().string(containsString("id=\"nik-error\"")));
    }

    @Test
    void theFormShowsLookalikesBeforeRegistering() throws Exception {
        registered("Slamet Riyadi Wibowo");
        String newNik = nik();
        mvc.perform(as("tksk", post("/registry/persons")).param("nik", newNik).param("nama", "Slamet Rijadi Wibowo")
                        .param("tanggalLahir", "1985-03-12").param("jenisKelamin", "L")
                        .param("kodeWilayah", "33.09.11.2004"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mungkin orang ini sudah terdaftar")))
                .andExpect(content().string(containsString("Slamet Riyadi Wibowo")));
        mvc.perform(as("tksk", post("/registry/persons")).param("nik", newNik).param("nama", "Slamet Rijadi Wibowo")
                        .param("tanggalLahir", "1985-03-12").param("jenisKelamin", "L")
                        .param("kodeWilayah", "33.09.11.2004").param("confirmNew", "true"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void listsMaskTheNikAndOnlyRolesThatNeedItReadItWhole() throws Exception {
        PersonView person = registered("Wagiman Sastro");
        mvc.perform(as("tksk", get("/registry/persons")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ketik NIK")));
        mvc.perform(as("tksk", get("/registry/persons")).param("q", "Wagiman Sastro"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.maskedNik())))
                .andExpect(content().string(not(containsString(person.nik()))));
        mvc.perform(as("dinsos", get("/registry/persons/{id}", person.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.nik())));
        mvc.perform(as("viewer", get("/registry/persons/{id}", person.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.maskedNik())))
                .andExpect(content().string(not(containsString(person.nik()))));
        mvc.perform(as("peksos2", get("/registry/persons/{id}", person.id())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiRegistersReadsSearchesAndRefusesWith422() throws Exception {
        String token = token("tksk");
        String nik = nik();
        String body = """
                {"nik": "%s", "nama": "Sumarni Handayani", "tanggal_lahir": "12-03-1985", "jenis_kelamin": "L",
                 "kode_wilayah": "33.09.11.2004", "no_kk": "3309112001100055", "hubungan_keluarga": "ISTRI"}
                """.formatted(nik);
        String created = mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nik").value(nik))
                .andExpect(jsonPath("$.no_kk").value("3309112001100055"))
                .andExpect(jsonPath("$.tanggal_lahir").value("1985-03-12"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].code").value("NIK_DUPLICATE"));
        mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"nik\": \"33091\", \"nama\": \"\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[?(@.code == 'NIK_LENGTH')].field").value("nik"))
                .andExpect(jsonPath("$.problems[?(@.code == 'NAME_MISSING')].message").value("Nama wajib diisi."));

        mvc.perform(get("/api/v1/persons").param("nik", nik).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/persons/search").param("q", "sumarni handajani")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].maskedNik").value(containsString("**********")));

        String update = body.replace("Sumarni Handayani", "Sumarni H.").replace("}", ", \"version\": 0}");
        mvc.perform(put("/api/v1/persons/{id}", id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nama").value("Sumarni H."));
        mvc.perform(put("/api/v1/persons/{id}", id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.problems[0].code").value("STALE_VERSION"));
        mvc.perform(get("/api/v1/persons/{id}", id).header("Authorization", "Bearer " + token("peksos2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aViewerReadsButWritesNothing() throws Exception {
        PersonView person = registered("Sukinah Rahayu");

        mvc.perform(as("viewer", get("/registry/persons/{id}", person.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"person-edit\""))))
                .andExpect(content().string(not(containsString("/deactivation"))));
        mvc.perform(as("viewer", post("/registry/persons/{id}/deactivation", person.id())).param("reason", "DECEASED"))
                .andExpect(status().isForbidden());
        PersonView twin = registered("Sukinah Rahayu");
        mvc.perform(as("viewer", post("/registry/duplicates/{a}/{b}/distinct", person.id(), twin.id())))
                .andExpect(status().isForbidden());
        mvc.perform(as("viewer", post("/registry/persons/{id}/deciles", person.id())).param("decile", "2")
                        .param("receivedOn", "2024-01-02").param("source", "DTSEN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/persons").header("Authorization", "Bearer " + token("viewer"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"nik": "%s", "nama": "Pemantau Mencoba", "tanggal_lahir": "1980-01-01",
                                 "jenis_kelamin": "L", "kode_wilayah": "33.09.11.2004"}
                                """.formatted(nik())))
                .andExpect(status().isForbidden());

        PersonView after = persons.open(principal("dinsos"), person.id());
        assertThat(after.active()).isTrue();
        assertThat(persons.deciles(principal("dinsos"), person.id())).isEmpty();
    }

    @Test
    void welfareDecilesAreKeptPerDateReceived() throws Exception {
        PersonView person = registered("Sutarmi Wulandari");
        mvc.perform(as("tksk", post("/registry/persons/{id}/deciles", person.id()))
                        .param("decile", "2").param("receivedOn", "2025-06-30").param("source", "DTKS"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("tksk", post("/registry/persons/{id}/deciles", person.id()))
                        .param("decile", "3").param("receivedOn", "2026-03-31").param("source", "DTSEN"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("tksk", post("/registry/persons/{id}/deciles", person.id()))
                        .param("decile", "11").param("receivedOn", "2026-03-31").param("source", "DTSEN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Desil harus angka 1 sampai 10")));
        mvc.perform(as("tksk", post("/registry/persons/{id}/deciles", person.id()))
                        .param("decile", "dua").param("receivedOn", "kemarin").param("source", "DTSEN"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("tksk", get("/registry/persons/{id}", person.id())))
                .andExpect(content().string(containsString("Desil 3 menurut DTSEN, diterima 31-03-2026")))
                .andExpect(content().string(containsString("Desil 2 menurut DTKS, diterima 30-06-2025")));
    }

    private String token(String username) throws Exception {
        return ApiTokens.of(mvc, username);
    }
}
