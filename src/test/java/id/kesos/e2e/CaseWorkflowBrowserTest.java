package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.kesos.WebIntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A social worker of Sentra Soeharso opens the case of a client referred by Dinas Sosial
 * Boyolali by the NIK of the referral letter, works it from access through engagement and
 * consent to the assessment, which waits for the supervisor; the supervisor approves it and the
 * case moves on to the first case conference.
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
        return persons.register(dinsos, new PersonInput(nik, null, "Umi Sholikhah Browser", "Boyolali", "1999-10-22",
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

    private static void openStage(Page target, String slug) {
        target.locator("[data-stage='" + slug + "'] a").click();
        target.waitForURL(Pattern.compile("/stages/" + slug + "$"));
    }

    private static void saveAndComplete(Page target, Map<String, String> values, String expectedState) {
        fill(target, "stage-", values);
        target.getByTestId("stage-save").click();
        assertThat(target.locator(".alert-ok")).isVisible();
        target.getByTestId("stage-complete").click();
        assertThat(target.locator("h1 .badge")).hasText(expectedState);
    }

    @Test
    void fromReferralToAnApprovedAssessment() {
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
        assertThat(page.getByTestId("case-client")).hasText("Umi Sholikhah Browser");

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
        saveAndComplete(page, Map.of("entry_history", "Lahir prematur, usia kandungan 5 bulan",
                "biological", "Cerebral palsy spastic diplegia", "psychological", "Kurang percaya diri",
                "social", "Jarang memulai pembicaraan", "spiritual", "Rajin beribadah",
                "problem_focus", "Kepercayaan diri klien rendah", "symptoms", "Malu bertanya, suara pelan",
                "potentials", "Mampu mengoperasikan komputer"), "Menunggu persetujuan");
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
        assertThat(page.getByTestId("case-list")).containsText("Umi Sholikhah Browser");
        assertThat(page.getByTestId("case-list")).containsText("Case Conference I");
        page.navigate(caseUrl);
        assertThat(page.getByTestId("timeline")).containsText("Disetujui");
        screenshot(page, "case-page.png");
    }
}
