package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The worklist page over HTTP: what it shows, the marks' redirects, and bad input answered 4xx in Indonesian. */
@IntegrationTest
@AutoConfigureMockMvc
class VerificationScreensTest {

    /** Ngargorejo, Ngemplak: a village no other test uses. */
    private static final String NGARGOREJO = "33.09.11.2001";
    private static final AtomicInteger SERIAL = new AtomicInteger(6000);

    @Autowired
    MockMvc mvc;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    private KesosUser principal(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(principals.loadUserByUsername(username)));
    }

    /** A man born 3 April 1961, never verified. */
    private PersonView registered(String name) {
        String nik = "330911030461" + SERIAL.incrementAndGet();
        return persons.register(principal("tksk"), new PersonInput(nik, null, name, "Boyolali", "1961-04-03", "L",
                null, null, null, null, null, null, NGARGOREJO, null, null, null, null), "FORMULIR");
    }

    @Test
    void theWorklistShowsDuePersonsWithTheNikMaskedAndMarksComeBackToIt() throws Exception {
        PersonView person = registered("Karto Wiryo");
        mvc.perform(as("tksk", get("/registry/verification")).param("region", NGARGOREJO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Karto Wiryo")))
                .andExpect(content().string(containsString(person.maskedNik())))
                .andExpect(content().string(not(containsString(person.nik()))))
                .andExpect(content().string(containsString("Belum pernah")));

        mvc.perform(as("tksk", post("/registry/verification/{id}/verified", person.id()))
                        .param("region", NGARGOREJO).param("page", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registry/verification?region=" + NGARGOREJO));
        mvc.perform(as("tksk", get("/registry/verification")).param("region", NGARGOREJO))
                .andExpect(content().string(not(containsString("Karto Wiryo"))));
    }

    @Test
    void aCorrectionThroughThePersonFormReturnsToTheWorklist() throws Exception {
        PersonView person = registered("Karto Salah");
        mvc.perform(as("tksk", get("/registry/persons/{id}/edit", person.id())).param("verification", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dicatat sebagai verifikasi")))
                .andExpect(content().string(containsString("name=\"verification\"")));
        mvc.perform(as("tksk", post("/registry/persons/{id}", person.id())).param("verification", "true")
                        .param("version", String.valueOf(person.version())).param("nik", person.nik())
                        .param("nama", "Karto Benar").param("tanggalLahir", "1961-04-03").param("jenisKelamin", "L")
                        .param("kodeWilayah", NGARGOREJO))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registry/verification"));
        PersonView after = persons.open(principal("tksk"), person.id());
        assertThat(after.name()).isEqualTo("Karto Benar");
        assertThat(after.verificationStatus()).isEqualTo(VerificationStatus.CORRECTED);
    }

    @Test
    void badInputIsExplainedInIndonesianWithA4xx() throws Exception {
        PersonView person = registered("Karto Tetap");
        mvc.perform(as("tksk", get("/registry/verification")).param("region", "33.09'; --"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kode wilayah harus berbentuk")));
        mvc.perform(as("tksk", get("/registry/verification")).param("status", "HILANG"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("tksk", post("/registry/verification/{id}/gone", person.id())).param("reason", "DATA_ERROR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih alasan Meninggal atau Pindah.")));
        mvc.perform(as("tksk", post("/registry/verification/{id}/gone", person.id())).param("reason", "HILANG"))
                .andExpect(status().isBadRequest());
        mvc.perform(as("tksk", post("/registry/verification/{id}/gone", person.id())))
                .andExpect(status().isBadRequest());
        mvc.perform(as("tksk", post("/registry/verification/{id}/verified", "abc")))
                .andExpect(status().isNotFound());
        mvc.perform(as("peksos2", post("/registry/verification/{id}/verified", person.id())))
                .andExpect(status().isForbidden());
        mvc.perform(as("dinsos", post("/registry/verification/{id}/verified", 999_999_999L)))
                .andExpect(status().isNotFound());
        assertThat(persons.open(principal("tksk"), person.id()).active()).isTrue();
    }

    @Test
    void onlyVerifiersSeeTheWorklist() throws Exception {
        mvc.perform(as("viewer", get("/registry/verification"))).andExpect(status().isForbidden());
        mvc.perform(as("peksos", get("/registry/verification"))).andExpect(status().isForbidden());
        mvc.perform(as("dinsos", get("/registry/verification")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"nav-verification\"")));
        mvc.perform(as("peksos", get("/registry/persons")))
                .andExpect(content().string(not(containsString("data-testid=\"nav-verification\""))));
    }
}
