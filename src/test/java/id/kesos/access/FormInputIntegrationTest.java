package id.kesos.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input on the forms gets an Indonesian message next to the field and a 4xx, never a 500. */
@IntegrationTest
@AutoConfigureMockMvc
class FormInputIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService principals;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEmptyUserFormIsRefusedWithMessagesNextToTheFields() throws Exception {
        mvc.perform(asAdmin(post("/admin/users")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("id=\"fullName-error\"")))
                .andExpect(content().string(containsString("Wajib dipilih.")));
    }

    @Test
    void tooLongWrongTypeAndShortPasswordAreExplained() throws Exception {
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "panjang" + System.nanoTime() % 100000)
                        .param("fullName", "Salah Jenis")
                        .param("role", "RAJA")
                        .param("unitId", "satu")
                        .param("password", "kata-sandi-panjang"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Peran tidak dikenal.")))
                .andExpect(content().string(containsString("Unit tidak dikenal.")));
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "panjang" + System.nanoTime() % 100000)
                        .param("fullName", "x".repeat(151))
                        .param("email", "bukan-surel")
                        .param("role", "PEKSOS")
                        .param("unitId", Long.toString(unitId("Sentra Mulya Jaya Jakarta")))
                        .param("password", "kata-sandi-panjang"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Paling banyak 150 karakter.")))
                .andExpect(content().string(containsString("Alamat surel tidak sah.")));
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "pendek" + System.nanoTime() % 100000)
                        .param("fullName", "Sandi Pendek")
                        .param("role", "PEKSOS")
                        .param("unitId", Long.toString(unitId("Sentra Mulya Jaya Jakarta")))
                        .param("password", "pendek"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kata sandi paling sedikit 10 karakter.")));
    }

    @Test
    void aTakenUsernameIsRefused() throws Exception {
        mvc.perform(asAdmin(post("/admin/users"))
                        .param("username", "PEKSOS")
                        .param("fullName", "Kembar")
                        .param("role", "PEKSOS")
                        .param("unitId", Long.toString(unitId("Sentra Mulya Jaya Jakarta")))
                        .param("password", "kata-sandi-panjang"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nama pengguna ini sudah dipakai.")));
    }

    @Test
    void anUnknownRegionCodeIsRefusedAndNothingIsStored() throws Exception {
        long boyolali = unitId("Dinas Sosial Kabupaten Boyolali");
        mvc.perform(asAdmin(post("/admin/units")).param("parent", Long.toString(boyolali))
                        .param("type", "KECAMATAN").param("name", "Kecamatan Khayalan").param("regionCode", "99.99.99"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kode wilayah tidak dikenal.")));
        mvc.perform(asAdmin(post("/admin/units")).param("parent", Long.toString(boyolali))
                        .param("type", "KECAMATAN").param("name", "Kecamatan Salah Tingkat").param("regionCode", "33.09"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih wilayah setingkat kecamatan.")));
        mvc.perform(asAdmin(post("/admin/units")).param("parent", Long.toString(boyolali))
                        .param("type", "KECAMATAN").param("name", "Kecamatan Luar").param("regionCode", "33.10.01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("di luar wilayah kerja unit induknya")));
        mvc.perform(asAdmin(post("/admin/units")).param("parent", Long.toString(boyolali))
                        .param("type", "SENTRA").param("name", "Sentra Salah Tempat"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("tidak boleh berada di bawah")));
        assertThat(jdbc.sql("select count(*) from access.org_unit where name in ('Kecamatan Khayalan',"
                + " 'Kecamatan Salah Tingkat', 'Kecamatan Luar', 'Sentra Salah Tempat')").query(Long.class).single())
                .isZero();
    }

    @Test
    void aValidUnitIsCreatedWithItsPathBelowTheParent() throws Exception {
        long boyolali = unitId("Dinas Sosial Kabupaten Boyolali");
        String name = "Kecamatan Teras " + System.nanoTime() % 100000;
        mvc.perform(asAdmin(post("/admin/units")).param("parent", Long.toString(boyolali))
                        .param("type", "KECAMATAN").param("name", name).param("regionCode", "33.09.07"))
                .andExpect(status().is3xxRedirection());
        String path = jdbc.sql("select path from access.org_unit where name = :n").param("n", name)
                .query(String.class).single();
        String parentPath = jdbc.sql("select path from access.org_unit where id = :id").param("id", boyolali)
                .query(String.class).single();
        assertThat(path).startsWith(parentPath).hasSizeGreaterThan(parentPath.length());
    }

    @Test
    void aStaleVersionIsRefusedWithoutOverwriting() throws Exception {
        long gagaksipat = unitId("Puskesos Desa Gagaksipat");
        int version = jdbc.sql("select version from access.org_unit where id = :id").param("id", gagaksipat)
                .query(Integer.class).single();
        mvc.perform(asAdmin(post("/admin/units/{id}", gagaksipat)).param("type", "DESA")
                        .param("name", "Puskesos Desa Gagaksipat").param("regionCode", "33.09.11.2004")
                        .param("address", "Balai desa").param("version", Integer.toString(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(post("/admin/units/{id}", gagaksipat)).param("type", "DESA")
                        .param("name", "Puskesos Desa Gagaksipat").param("regionCode", "33.09.11.2004")
                        .param("address", "Alamat yang basi").param("version", Integer.toString(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("baru saja diubah oleh pengguna lain")));
        assertThat(jdbc.sql("select address from access.org_unit where id = :id").param("id", gagaksipat)
                .query(String.class).single()).isEqualTo("Balai desa");
    }

    @Test
    void malformedAddressesAndFiltersGetFriendlyAnswers() throws Exception {
        mvc.perform(asAdmin(get("/units/bukan-angka"))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Tidak ditemukan")));
        mvc.perform(asAdmin(get("/units/999999"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(get("/audit")).param("from", "kemarin").param("action", "HAPUS"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tanggal tidak sah")))
                .andExpect(content().string(containsString("Tindakan tidak dikenal.")));
        mvc.perform(asAdmin(get("/halaman-yang-tidak-ada"))).andExpect(status().isNotFound());
    }

    @Test
    void aWrongCurrentPasswordIsExplainedOnTheProfile() throws Exception {
        mvc.perform(post("/profile/password").with(csrf()).with(user(principals.loadUserByUsername("viewer")))
                        .param("currentPassword", "bukan-sandinya").param("newPassword", "sandi-baru-panjang")
                        .param("confirmPassword", "sandi-baru-panjang"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Kata sandi saat ini salah.")));
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(principals.loadUserByUsername("admin")));
    }

    private long unitId(String name) {
        return jdbc.sql("select id from access.org_unit where name = :n").param("n", name).query(Long.class).single();
    }
}
