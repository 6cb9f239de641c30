package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;
import id.kesos.WebIntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The seed's client "US" (cerebral palsy spastic diplegia, referred by Dinas Sosial Boyolali to
 * Sentra Soeharso, goal: self-confidence): a social worker opens her case by the NIK of the
 * referral letter and works it through consent, assessment, CC I, the plan of the seed's table
 * 2.2 and its three sessions, supervision, CC II, evaluation and termination with referral; the
 * supervisor approves assessment, plan and termination in a second browser; the case report PDF
 * then holds the initials, the goals and the three activities.
 */
@WebIntegrationTest
class CaseWorkflowBrowserTest extends BrowserTestSupport {

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    private PersonView referredClient() {
        String nik = "3309116210" + String.format("%06d", 990000 + System.nanoTime() % 9000);
        KesosUser dinsos = (KesosUser) principals.loadUserByUsername("dinsos");
        return persons.register(dinsos, new PersonInput(nik, null, "Umi Sholikhah", "Boyolali", "1999-10-22",
                "P", null, "ISLAM", "D3", "BELUM_BEKERJA", "BELUM_KAWIN", "Disabilitas fisik", "33.09.11.2004",
                "Ngemplak", "001", "002", null), "FORMULIR");
    }

    private static void fill(Page target, String prefix, Map<String, String> values) {
        values.forEach((key, value) -> {
            var field = target.locator("#" + prefix + key);
            if ("SELECT".equals(field.evaluate("e => e.tagName"))) {
                field.selectOption(value);
            } else {
                field.fill(value);
            }
        });
    }

    /** More field values than Map.of takes, in the order given. */
    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    private static void openStage(Page target, String slug) {
        target.locator("[data-stage='" + slug + "'] a").click();
        target.waitForURL(Pattern.compile("/stages/" + slug + "$"));
    }

    private static void save(Page target, Map<String, String> values) {
        fill(target, "stage-", values);
        target.getByTestId("stage-save").click();
        assertThat(target.locator(".alert-ok")).isVisible();
    }

    private static void saveAndComplete(Page target, Map<String, String> values, String expectedState) {
        save(target, values);
        target.getByTestId("stage-complete").click();
        assertThat(target.locator("h1 .badge")).hasText(expectedState);
    }

    private static void addEntry(Page target, Map<String, String> values, String shown) {
        fill(target, "entry-", values);
        target.getByTestId("entry-save").click();
        assertThat(target.getByTestId("entries")).containsText(shown);
    }

    private static void approve(Page supervisor, String stageUrl, String comment) {
        supervisor.navigate(stageUrl);
        supervisor.locator("#comment").fill(comment);
        supervisor.getByTestId("stage-approve").click();
        assertThat(supervisor.locator("h1 .badge")).hasText("Selesai");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSeedsClientFromReferralToTheCaseReport() throws IOException {
        PersonView client = referredClient();
        loginAsDemo(page, "peksos");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kasus").setExact(true)).click();
        page.getByTestId("case-new").click();
        page.locator("#nik").fill(client.nik());
        page.locator("#serviceBase").selectOption("RESIDENSIAL");
        page.locator("#cluster").fill("Disabilitas");
        page.locator("#category").fill("Disabilitas Fisik");
        page.locator("#referralSource").selectOption("DINSOS_KABKOTA");
        page.locator("#referrer").fill("Dinas Sosial Kabupaten Boyolali");
        page.getByTestId("case-open").click();

        assertThat(page).hasURL(Pattern.compile("/cases/\\d+$"));
        String caseUrl = page.url();
        assertThat(page.getByTestId("case-number")).hasText(Pattern.compile("STS-\\d{4}-\\d{4}"));
        assertThat(page.getByTestId("case-client")).hasText("Umi Sholikhah");

        openStage(page, "akses");
        saveAndComplete(page, Map.of("letter_number", "460/1021/2024",
                "letter_date", "2024-08-20", "received_date", "2024-08-26"), "Selesai");

        page.navigate(caseUrl);
        openStage(page, "engagement");
        fill(page, "stage-", Map.of("engagement_summary", "Kontak awal di ruang vokasional percetakan"));
        page.getByTestId("stage-save").click();
        fill(page, "entry-", Map.of("contact_date", "2024-08-28", "time", "11:00", "place", "Vokasional Percetakan",
                "process", "Memperkenalkan diri dan menjelaskan maksud pendampingan"));
        page.getByTestId("entry-save").click();
        assertThat(page.getByTestId("entries")).containsText("Vokasional Percetakan");
        page.getByTestId("stage-complete").click();
        assertThat(page.locator("h1 .badge")).hasText("Selesai");

        page.navigate(caseUrl);
        openStage(page, "kontrak");
        saveAndComplete(page, Map.of("client_rights_duties", "Mengikuti kegiatan dan menyampaikan perasaan dengan jujur",
                "worker_rights_duties", "Menjaga kerahasiaan dan mendampingi klien", "consent_by", "CLIENT",
                "consent_date", "2024-08-30", "consent_services", "true", "consent_sharing", "false",
                "consent_reporting", "true"), "Selesai");

        page.navigate(caseUrl);
        openStage(page, "asesmen");
        saveAndComplete(page, Map.ofEntries(Map.entry("entry_history", "Lahir prematur, usia kandungan 5 bulan"),
                Map.entry("biological", "Cerebral palsy spastic diplegia"),
                Map.entry("biological_summary", "CP spastik diplegi, hipertensi"),
                Map.entry("psychological", "Kurang percaya diri"),
                Map.entry("psychological_summary", "Pendiam, kurang percaya diri"),
                Map.entry("social", "Jarang memulai pembicaraan"), Map.entry("social_summary", "Mandiri dan peduli"),
                Map.entry("spiritual", "Rajin beribadah"), Map.entry("spiritual_summary", "Rutin beribadah"),
                Map.entry("problem_focus", "Kepercayaan diri klien rendah"),
                Map.entry("symptoms", "Malu bertanya, suara pelan"),
                Map.entry("potentials", "Mampu mengoperasikan komputer")), "Menunggu persetujuan");
        screenshot(page, "case-assessment-awaiting.png");

        Page supervisor = newSession();
        loginAsDemo(supervisor, "supervisor");
        supervisor.navigate(page.url());
        supervisor.locator("#comment").fill("Asesmen lengkap, lanjut ke CC I");
        supervisor.getByTestId("stage-approve").click();
        assertThat(supervisor.locator("h1 .badge")).hasText("Selesai");
        assertThat(supervisor.getByTestId("approvals")).containsText("Disetujui");
        assertThat(supervisor.getByTestId("approvals")).containsText("Asesmen lengkap, lanjut ke CC I");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kasus").setExact(true)).click();
        assertThat(page.getByTestId("case-list")).containsText("Umi Sholikhah");
        assertThat(page.getByTestId("case-list")).containsText("Case Conference I");

        page.navigate(caseUrl);
        openStage(page, "kontrak");
        page.locator("#attachment-file").setInputFiles(new FilePayload("persetujuan.pdf", "application/pdf",
                "MZ bukan pindaian".getBytes(StandardCharsets.US_ASCII)));
        page.getByTestId("attachment-upload").click();
        assertThat(page.getByTestId("problems")).containsText("hanya PDF, JPEG atau PNG");
        page.locator("#attachment-file").setInputFiles(new FilePayload("persetujuan.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        page.locator("#attachment-description").fill("Informed consent bertanda tangan");
        page.getByTestId("attachment-upload").click();
        assertThat(page.getByTestId("attachments")).containsText("persetujuan.pdf");

        page.navigate(caseUrl);
        openStage(page, "cc1");
        save(page, Map.of("conference_date", "2024-09-12", "place", "Ruang Psikososial", "chair", "Supervisor",
                "minutes", "Pembahasan hasil asesmen klien US", "decisions", "Intervensi difokuskan pada kepercayaan diri"));
        addEntry(page, Map.of("name", "Pekerja Sosial Pengampu", "side", "INSIDE"), "Pekerja Sosial Pengampu");
        page.getByTestId("stage-complete").click();
        assertThat(page.locator("h1 .badge")).hasText("Selesai");

        page.navigate(caseUrl);
        openStage(page, "rencana");
        save(page, Map.of("general_goal", "Meningkatkan kepercayaan diri klien baik di sentra maupun setelah keluar",
                "specific_goals", "Mendorong klien agar tidak malu bertanya dan meminta bantuan",
                "target_systems", "Klien US dan teman sepantarannya", "success_indicators", "Klien berani bertanya"));
        addEntry(page, Map.of("planned_date", "2024-09-17", "activity", "Konseling pemahaman kepercayaan diri",
                "method", "CASE_WORK", "technique", "Advice Giving and Counseling",
                "expected_result", "Klien terbuka"), "Advice Giving and Counseling");
        addEntry(page, Map.of("planned_date", "2024-09-18", "activity", "Penguatan kepada klien",
                "method", "CASE_WORK", "technique", "Positive Reinforcement",
                "expected_result", "Klien yakin akan kemampuannya"), "Positive Reinforcement");
        addEntry(page, Map.of("planned_date", "2024-09-23", "activity", "Kegiatan tanya jawab",
                "method", "GROUP_WORK", "technique", "Dinamika Kelompok",
                "expected_result", "Klien berani menjawab"), "Dinamika Kelompok");
        page.getByTestId("stage-complete").click();
        assertThat(page.locator("h1 .badge")).hasText("Menunggu persetujuan");
        approve(supervisor, page.url(), "Rencana disetujui");

        page.navigate(caseUrl);
        openStage(page, "pelaksanaan");
        addEntry(page, values("session_date", "2024-09-17", "start_time", "08:00", "end_time", "10:00",
                "place", "Ruang Tunggu Vokasional Komputer", "activity", "Konseling pemahaman kepercayaan diri",
                "target", "Klien US", "goal", "Memberikan pemahaman mengenai kepercayaan diri", "method", "CASE_WORK",
                "technique", "Advice Giving and Counseling", "process", "Small talk, lalu nasihat dan konseling",
                "result", "Klien mau terbuka dan mengungkapkan perasaannya"), "Ruang Tunggu Vokasional Komputer");
        addEntry(page, Map.of("session_date", "2024-09-18", "activity", "Penguatan kepada klien", "target", "Klien US",
                "goal", "Klien percaya akan kemampuannya", "method", "CASE_WORK", "technique", "Positive Reinforcement",
                "process", "Kata-kata semangat setelah tes CPNS", "result", "Klien lebih menerima keadaan"),
                "Klien lebih menerima keadaan");
        addEntry(page, values("session_date", "2024-09-23", "start_time", "13:00", "end_time", "16:30",
                "place", "Ruang Psikososial", "activity", "Kegiatan tanya jawab", "target", "Klien US dan kelompok",
                "goal", "Mempererat hubungan dan meningkatkan kepercayaan diri", "method", "GROUP_WORK",
                "technique", "Dinamika Kelompok", "process", "Sepuluh soal pengetahuan umum per kelompok",
                "result", "Klien berusaha menjawab"), "Klien berusaha menjawab");
        page.getByTestId("stage-complete").click();
        assertThat(page.locator("h1 .badge")).hasText("Selesai");

        page.navigate(caseUrl);
        openStage(page, "supervisi");
        addEntry(page, Map.of("note_date", "2024-09-20", "note", "Intervensi berjalan sesuai rencana"),
                "Intervensi berjalan sesuai rencana");
        page.getByTestId("stage-complete").click();
        assertThat(page.locator("h1 .badge")).hasText("Selesai");

        page.navigate(caseUrl);
        openStage(page, "cc2");
        save(page, Map.of("conference_date", "2024-09-24", "minutes", "Tinjauan hasil intervensi",
                "decisions", "Klien diterminasi dan dirujuk kepada pekerja sosial pengampu"));
        addEntry(page, Map.of("name", "Supervisor Rehabilitasi Sosial", "side", "INSIDE"), "Supervisor");
        page.getByTestId("stage-complete").click();
        assertThat(page.locator("h1 .badge")).hasText("Selesai");

        page.navigate(caseUrl);
        openStage(page, "monev");
        saveAndComplete(page, Map.of("process_evaluation", "Kegiatan kelompok harus diundur",
                "outcome_evaluation", "Klien lambat laun mulai terbuka", "indicators_reached", "Klien mulai bertanya"),
                "Selesai");

        page.navigate(caseUrl);
        openStage(page, "terminasi");
        saveAndComplete(page, Map.of("termination_reason", "REFERRAL", "termination_date", "2024-09-25",
                "client_final_condition", "Kondisi klien baik sesuai kontrak di awal",
                "referral_to", "Pekerja sosial pengampu", "referral_purpose", "Dukungan dan motivasi lanjutan"),
                "Menunggu persetujuan");
        approve(supervisor, page.url(), "Terminasi disetujui");

        page.navigate(caseUrl);
        assertThat(page.getByTestId("timeline")).containsText("Disetujui");
        assertThat(page.getByTestId("timeline")).containsText("Lampiran ditambahkan");
        assertThat(page.getByTestId("documents")).containsText("Surat Pernyataan Rujukan");
        screenshot(page, "case-page.png");
        String report = page.locator("[data-document='laporan-kasus']").getAttribute("href");
        APIResponse download = page.request().get(report);
        assertThat(download).isOK();
        org.assertj.core.api.Assertions.assertThat(download.headers().get("content-type")).isEqualTo("application/pdf");
        String text = pdfText(download.body());
        org.assertj.core.api.Assertions.assertThat(text)
                .contains("Klien US", "LAPORAN PENANGANAN KASUS",
                        "Meningkatkan kepercayaan diri klien baik di sentra maupun setelah keluar",
                        "Mendorong klien agar tidak malu bertanya dan meminta bantuan",
                        "Selasa, 17 September 2024 Konseling pemahaman kepercayaan diri Case Work Advice Giving and Counseling",
                        "Rabu, 18 September 2024 Penguatan kepada klien Case Work Positive Reinforcement",
                        "Senin, 23 September 2024 Kegiatan tanya jawab Group Work Dinamika Kelompok",
                        "Dirujuk kepada Pekerja sosial pengampu", "persetujuan.pdf")
                .doesNotContain("Sholikhah");
    }
}
