package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import id.kesos.WebIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Dinas Sosial officer imports a small file with a bad row: the job page's progress bar runs to
 * the end by itself, the counts add up, and the problems file names the bad line and its code.
 */
@WebIntegrationTest
class RegistryImportTest extends BrowserTestSupport {

    private static final String HEADER = "nik,no_kk,nama,tempat_lahir,tanggal_lahir,jenis_kelamin,"
            + "hubungan_keluarga,agama,pendidikan,pekerjaan,status_perkawinan,disabilitas,kode_wilayah,alamat,rt,rw,"
            + "penghasilan_bulanan";

    @Test
    void uploadWatchTheProgressAndDownloadTheProblems() throws IOException {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15000));
        String kk = "3309110" + (100000000L + ThreadLocalRandom.current().nextLong(899999999L));
        String file = HEADER + "\n"
                + row(nik(birth, false), kk, "Sutrisno Hadi", birth, "L", "KEPALA_KELUARGA") + "\n"
                + row(nik(birth, true), kk, "Endang Suryani", birth, "P", "ISTRI") + "\n"
                + row("33091112", kk, "Nik Terlalu Pendek", birth, "L", "ANAK") + "\n";

        loginAsDemo(page, "dinsos");
        open(page, "/registry/imports");
        assertThat(page.locator("h1")).hasText("Impor data registri");
        page.getByTestId("import-file").setInputFiles(
                new FilePayload("data-desa.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)));
        page.getByTestId("import-submit").click();

        assertThat(page).hasURL(Pattern.compile("/registry/imports/[0-9a-f-]{36}$"));
        assertThat(page.getByTestId("import-status")).hasText("Selesai");
        assertThat(page.getByTestId("import-progress")).hasAttribute("value", "3");
        assertThat(page.getByTestId("import-progress")).hasAttribute("max", "3");
        assertThat(page.getByTestId("import-total")).hasText("3");
        assertThat(page.getByTestId("import-processed")).hasText("3");
        assertThat(page.getByTestId("import-accepted")).hasText("2");
        assertThat(page.getByTestId("import-rejected")).hasText("1");
        assertThat(page.getByTestId("import-warnings")).hasText("0");
        screenshot(page, "registry-import.png");

        Download download = page.waitForDownload(() -> page.getByTestId("import-problems").click());
        String problems = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(problems.lines().toList()).containsExactly("line,severity,code,field,message",
                "4,ERROR,NIK_LENGTH,nik,NIK harus 16 angka.");

        open(page, "/registry/imports");
        assertThat(page.getByTestId("import-jobs")).containsText("data-desa.csv");
    }

    @Test
    void aFileWithAWrongHeaderIsRefusedWithAClearMessage() {
        loginAsDemo(page, "tksk");
        open(page, "/registry/imports");
        page.getByTestId("import-file").setInputFiles(new FilePayload("daftar.csv", "text/csv",
                "nama;alamat\nBudi;Boyolali\n".getBytes(StandardCharsets.UTF_8)));
        Response response = submit(page, "import-submit");

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.getByTestId("import-error")).containsText("Judul kolom tidak sesuai templat");
        assertThat(page.locator("#file")).hasAttribute("aria-invalid", "true");
    }

    private static String nik(LocalDate birth, boolean woman) {
        return String.format("330911%02d%02d%02d%04d", birth.getDayOfMonth() + (woman ? 40 : 0),
                birth.getMonthValue(), birth.getYear() % 100, 1000 + ThreadLocalRandom.current().nextInt(9000));
    }

    private static String row(String nik, String kk, String name, LocalDate birth, String sex, String relationship) {
        return String.join(",", nik, kk, name, "Boyolali", birth.toString(), sex, relationship, "ISLAM", "SMA",
                "PETANI", "KAWIN", "", "33.09.11.2004", "Dukuh Ngargorejo", "003", "001", "750000");
    }
}
