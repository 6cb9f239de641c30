package id.kesos.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class DuplicatesIntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(9000);

    @Autowired
    Persons persons;

    @Autowired
    Duplicates duplicates;

    @Autowired
    UserDetailsService principals;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistryImports imports;

    @Autowired
    ObjectMapper json;

    private KesosUser principal(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    /** A man born on the given day, living in Gagaksipat, Ngemplak. */
    private PersonView register(String name, String birthDate, String kk) {
        String ddmmyy = birthDate.substring(8, 10) + birthDate.substring(5, 7) + birthDate.substring(2, 4);
        return persons.register(principal("tksk"), new PersonInput("330911" + ddmmyy + SERIAL.incrementAndGet(), kk,
                name, "Boyolali", birthDate, "L", kk == null ? null : "ANAK", null, null, null, null, null,
                "33.09.11.2004", null, null, null, null), "FORMULIR");
    }

    private boolean pairOpen(KesosUser user, long x, long y) {
        return duplicates.open(user, 0, 1000).stream()
                .anyMatch(pair -> pair.aId() == Math.min(x, y) && pair.bId() == Math.max(x, y));
    }

    @Test
    void similarNamesBornTheSameDayInTheSameDistrictArePaired() {
        PersonView a = register("Sugiyanto Hadi", "1971-02-03", null);
        PersonView b = register("Soegijanto Hadi", "1971-02-03", null);
        PersonView other = register("Sugiyanto Hadi", "1971-02-04", null);

        assertThat(pairOpen(principal("tksk"), a.id(), b.id())).isTrue();
        assertThat(pairOpen(principal("tksk"), a.id(), other.id())).isFalse();
        assertThat(pairOpen(principal("peksos2"), a.id(), b.id())).as("outside the scope").isFalse();
    }

    @Test
    void similarNamesInOneKkArePaired() {
        PersonView a = register("Bambang Priyono", "1990-01-05", "3309112001109991");
        PersonView b = register("Bambang Prijono", "1992-07-09", "3309112001109991");
        assertThat(duplicates.open(principal("tksk"), 0, 1000)).anySatisfy(pair -> {
            assertThat(pair.aId()).isEqualTo(Math.min(a.id(), b.id()));
            assertThat(pair.bId()).isEqualTo(Math.max(a.id(), b.id()));
            assertThat(pair.reason()).isEqualTo("KK_NAME");
        });
    }

    @Test
    void mergingKeepsOneRecordWithBothHistories() {
        KesosUser tksk = principal("tksk");
        PersonView a = register("Paijo Sastrowiyono", "1955-05-06", null);
        PersonView b = register("Paidjo Sastrowijono", "1955-05-06", null);

        duplicates.merge(tksk, a.id(), b.id(), a.id());

        PersonView merged = persons.open(tksk, b.id());
        assertThat(merged.active()).isFalse();
        assertThat(merged.inactiveReason()).isEqualTo(InactiveReason.DUPLICATE_MERGED);
        assertThat(persons.open(tksk, a.id()).active()).isTrue();
        assertThat(persons.history(tksk, a.id())).extracting(HistoryEntry::source).contains("FORMULIR", "NONAKTIF");
        assertThat(persons.history(tksk, a.id()).size()).isEqualTo(3);
        assertThat(persons.history(tksk, a.id())).filteredOn(entry -> entry.source().equals("FORMULIR"))
                .extracting(entry -> entry.changes().get("name").get(1))
                .containsExactlyInAnyOrder("Paijo Sastrowiyono", "Paidjo Sastrowijono");
        assertThat(pairOpen(tksk, a.id(), b.id())).isFalse();
    }

    @Test
    void aPairMarkedDistinctLeavesTheList() {
        KesosUser tksk = principal("tksk");
        PersonView a = register("Tukiman Wiryo", "1960-10-11", null);
        PersonView b = register("Tukimin Wiryo", "1960-10-11", null);
        duplicates.markDistinct(tksk, b.id(), a.id());
        assertThat(pairOpen(tksk, a.id(), b.id())).isFalse();
        assertThat(persons.open(tksk, b.id()).active()).isTrue();
    }

    @Test
    void anImportedFileIsSearchedForDuplicates() throws Exception {
        KesosUser tksk = principal("tksk");
        String csv = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,hubungan_keluarga,agama,pendidikan,"
                + "pekerjaan,status_perkawinan,disabilitas,kode_wilayah,alamat,rt,rw,penghasilan_bulanan\n"
                + "330911140358" + SERIAL.incrementAndGet() + ",,Wagino Hadisuwarno,Boyolali,1958-03-14,L,,,,,,,"
                + "33.09.11.2004,,,,\n"
                + "330911140358" + SERIAL.incrementAndGet() + ",,Wagiono Hadisoewarno,Boyolali,14-03-1958,L,,,,,,,"
                + "33.09.11.2004,,,,\n";
        var job = imports.submit(tksk, "duplikat.csv", new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!imports.get(tksk, job.id()).finished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(imports.get(tksk, job.id()).status()).isEqualTo(RegistryImports.Status.SUCCEEDED);
        var found = persons.search(tksk, new PersonQuery("Wagino Hadisuwarno", null, null, null, false), 0, 10)
                .items().stream().map(PersonListItem::id).toList();
        assertThat(found).hasSize(2);
        long deadlineScan = System.currentTimeMillis() + 30_000;
        while (!pairOpen(tksk, found.get(0), found.get(1)) && System.currentTimeMillis() < deadlineScan) {
            Thread.sleep(100);
        }
        assertThat(pairOpen(tksk, found.get(0), found.get(1))).isTrue();
    }

    @Test
    void theApiListsOpenPairsBestFirst() throws Exception {
        PersonView a = register("Ngatini Suwarno", "1966-12-13", null);
        PersonView b = register("Ngatinem Suwarno", "1966-12-13", null);
        String token = json.readTree(mvc.perform(post("/api/v1/auth/tokens").with(httpBasic("tksk", "kesos-demo")))
                .andReturn().getResponse().getContentAsString()).get("token").asText();
        mvc.perform(get("/api/v1/registry/duplicates").param("page", "0").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.a_id == %d && @.b_id == %d)].reason", Math.min(a.id(), b.id()),
                        Math.max(a.id(), b.id())).value(org.hamcrest.Matchers.contains("NAME_BIRTHDATE_DISTRICT")))
                .andExpect(jsonPath("$[0].score").isNumber());
    }
}
