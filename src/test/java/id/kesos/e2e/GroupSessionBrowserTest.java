package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.kesos.WebIntegrationTest;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.registry.Persons;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A social worker of Sentra Soeharso records one group session for two clients whose plans are
 * approved, one present and one absent, and finds it in the implementation stage of both cases.
 */
@WebIntegrationTest
class GroupSessionBrowserTest extends BrowserTestSupport {

    @Autowired
    Cases cases;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Test
    void aGroupSessionForTwoCasesShowsInBoth() {
        CaseFixtures fixtures = new CaseFixtures(cases, persons, principals);
        long first = fixtures.planned("Lina Kelompok Browser", null);
        long second = fixtures.planned("Maya Kelompok Browser", null);
        loginAsDemo(page, "peksos");
        open(page, "/cases");
        page.getByTestId("group-session-record").click();

        Map.of("session_date", "2024-09-16", "start_time", "09:00", "end_time", "10:30", "place", "Aula Sentra",
                "target", "Kelompok klien disabilitas fisik", "goal", "Melatih keberanian berbicara",
                "technique", "Dinamika kelompok", "process", "Tahap pembentukan, transisi, kegiatan dan penutupan",
                "result", "Klien mulai berani menyampaikan pendapat")
                .forEach((key, value) -> page.locator("#group-" + key).fill(value));
        page.locator("#group-activity").fill("Permainan tanya jawab");
        assertThat(page.locator("#group-method option:checked")).hasText("Group Work");
        page.locator("#attendance-" + first).selectOption("PRESENT");
        page.locator("#attendance-" + second).selectOption("ABSENT");
        page.locator("#note-" + second).fill("Sakit, izin dari asrama");
        screenshot(page, "group-session-form.png");
        page.getByTestId("group-save").click();

        assertThat(page).hasURL(Pattern.compile("/cases$"));
        assertThat(page.locator(".alert-ok")).containsText("Sesi kelompok sudah dicatat");

        open(page, "/cases/" + first + "/stages/pelaksanaan");
        assertThat(page.getByTestId("group-sessions")).containsText("16-09-2024");
        assertThat(page.getByTestId("group-sessions")).containsText("Dinamika kelompok");
        assertThat(page.getByTestId("group-sessions")).containsText("Hadir");
        assertThat(page.getByTestId("group-sessions")).containsText("1 klien hadir");

        open(page, "/cases/" + second + "/stages/pelaksanaan");
        assertThat(page.getByTestId("group-sessions")).containsText("Tidak hadir");
        assertThat(page.getByTestId("group-sessions")).containsText("Sakit, izin dari asrama");
        screenshot(page, "group-session-in-case.png");
        open(page, "/cases/" + second);
        assertThat(page.getByTestId("timeline")).containsText("Sesi kelompok (tidak hadir)");
    }
}
