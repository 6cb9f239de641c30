package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.kesos.PdfPages.pageWith;
import static id.kesos.PdfPages.pixels;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.kesos.WebIntegrationTest;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.registry.Persons;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The assessment's figures of client US (seed 004): the worker enters the ecomap and the strengths
 * quadrant through their tables, sees them drawn on the assessment page, and finds them in the
 * case report.
 */
@WebIntegrationTest
class AssessmentFiguresBrowserTest extends BrowserTestSupport {

    @Autowired
    Cases cases;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    /** One row of the ecomap table: system, kind, relation, flow, note. */
    private record Row(String name, String kind, String strength, String flow, String note) {}

    private static final List<Row> CLIENT_US = List.of(
            new Row("Sentra Terpadu Prof. Dr. Soeharso", "Sentra/lembaga", "Kuat", "Ke klien", "tempat klien tinggal"),
            new Row("Peksos dan pengasuh", "Pekerja sosial", "Kuat", "Dua arah", "sangat mendukung"),
            new Row("Pembimbing agama", "Komunitas/pembimbing agama", "Kuat", "Ke klien", "pengajian rabu sore"),
            new Row("Teman asrama", "Teman asrama/sebaya", "Kuat", "Dua arah", "teman asrama yang mendukung"),
            new Row("Keluarga", "Keluarga inti", "Penuh tekanan/konflik", "Ke klien",
                    "menuntut klien dioperasi, klien tidak berkenan"));

    @Test
    void theWorkerDrawsTheEcomapAndStrengthsOfClientUsAndFindsThemInTheReport() throws Exception {
        CaseFixtures fixtures = new CaseFixtures(cases, persons, principals);
        long id = fixtures.assessable("Umi Sholikhah");
        loginAsDemo(page, "peksos");

        open(page, "/cases/" + id + "/stages/asesmen");
        assertThat(page.getByTestId("ecomap-part")).containsText("Ecomap belum dibuat");
        assertThat(page.getByTestId("ecomap-part").locator("a[download]")).hasCount(0);
        page.getByTestId("ecomap-edit").click();
        assertThat(page.locator("h1")).hasText("Ecomap US");
        page.getByTestId("ecomap-more").click();
        assertThat(page.getByTestId("ecomap-rows").locator("tbody tr")).hasCount(6);
        for (int i = 0; i < CLIENT_US.size(); i++) {
            fillRow(page.locator("[data-row='" + i + "']"), CLIENT_US.get(i));
        }
        page.locator("[data-row='5'] input[name$='.name']").fill("Tetangga");
        org.assertj.core.api.Assertions.assertThat(submit(page, "ecomap-save").status())
                .as("a system without its kind").isEqualTo(400);
        assertThat(page.locator("[data-row='5']")).containsText("Pilih salah satu pilihan yang tersedia");
        assertThat(page.getByTestId("ecomap-figure").locator("g.system")).hasCount(0);
        page.locator("[data-row='5'] input[name$='.name']").fill("");

        page.getByTestId("ecomap-save").click();
        assertThat(page.locator(".alert-ok")).hasText("Ecomap disimpan.");
        Locator figure = page.getByTestId("ecomap-figure");
        assertThat(figure.locator("g.system")).hasCount(5);
        assertThat(figure.locator("g.client")).containsText("US");
        assertThat(figure.locator("g.relation.stressful")).hasCount(1);
        assertThat(figure.locator("g.relation.strong")).hasCount(4);
        assertThat(figure).containsText("Teman asrama");
        screenshot(page, "assessment-ecomap-us.png");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Asesmen komprehensif").setExact(true)).click();
        assertThat(page.getByTestId("ecomap-part").locator("g.system")).hasCount(5);
        assertThat(page.getByTestId("ecomap-part").locator("a[href$='/ecomap.png'][download]")).hasCount(1);
        assertThat(page.getByTestId("ecomap-systems")).containsText("menuntut klien dioperasi");
        page.getByTestId("strengths-edit").click();
        page.locator("[data-quadrant='ENVIRONMENT_STRENGTH']").fill(
                "Peksos dan pengasuh baik\nPengasuh dan pembimbing agama sangat mendukung\nMemiliki teman asrama yang mendukung");
        page.locator("[data-quadrant='PERSONAL_STRENGTH']").fill("Murah senyum\nRamah\nTepat waktu\nRajin");
        page.locator("[data-quadrant='ENVIRONMENT_WEAKNESS']").fill(
                "Keluarga menuntut klien untuk dapat dioperasi tetapi klien tidak berkenan");
        page.locator("[data-quadrant='PERSONAL_WEAKNESS']").fill("Tidak enakan\nKurang percaya diri");
        page.getByTestId("strengths-save").click();
        assertThat(page.locator(".alert-ok")).hasText("Kuadran kekuatan disimpan.");
        assertThat(page.getByTestId("strengths-figure").locator("g.quadrant g.item")).hasCount(10);
        assertThat(page.getByTestId("strengths-figure")).containsText("Kurang percaya diri");
        screenshot(page, "assessment-strengths-us.png");

        APIResponse report = page.request().get("/cases/" + id + "/documents/laporan-kasus.pdf");
        assertThat(report).isOK();
        try (PDDocument pdf = Loader.loadPDF(report.body())) {
            BufferedImage ecomapPage = pageWith(pdf, "Gambar: Ecomap klien US");
            org.assertj.core.api.Assertions.assertThat(pixels(ecomapPage, 0x9b1c1c))
                    .as("the family's stressful zig-zag").isGreaterThan(30);
            BufferedImage strengthsPage = pageWith(pdf, "Gambar: Kuadran kekuatan klien US");
            org.assertj.core.api.Assertions.assertThat(pixels(strengthsPage, 0x1d6b3a))
                    .as("the strengths' bullets").isGreaterThan(40);
        }
        APIResponse png = page.request().get("/cases/" + id + "/ecomap.png");
        assertThat(png).isOK();
        org.assertj.core.api.Assertions.assertThat(png.headers().get("content-type")).isEqualTo("image/png");
    }

    private static void fillRow(Locator row, Row values) {
        row.locator("input[name$='.name']").fill(values.name());
        row.locator("select[name$='.kind']").selectOption(new SelectOption().setLabel(values.kind()));
        row.locator("select[name$='.strength']").selectOption(new SelectOption().setLabel(values.strength()));
        row.locator("select[name$='.flow']").selectOption(new SelectOption().setLabel(values.flow()));
        row.locator("input[name$='.note']").fill(values.note());
    }
}
