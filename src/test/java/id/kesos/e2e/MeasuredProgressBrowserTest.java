package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import id.kesos.WebIntegrationTest;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.progress.ProgressFixtures;
import id.kesos.registry.Persons;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The seed's client "US" and her self-confidence: on the plan the social worker sets the Lauster
 * checklist as an indicator with a target of 36 and takes it as the baseline, item by item; after
 * the intervention she takes it again on the evaluation page, where the change from the baseline
 * shows with the chart.
 */
@WebIntegrationTest
class MeasuredProgressBrowserTest extends BrowserTestSupport {

    /** The checklist's statements worded against self-confidence, answered from the other end. */
    private static final Set<Integer> REVERSED = Set.of(2, 7, 12);

    @Autowired
    Cases cases;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    /** Answers every statement with the option at this position, the reversed ones with the other. */
    private static void answerAll(Page target, int option, int reversedOption, Set<Integer> leftOpen) {
        for (int item = 1; item <= 12; item++) {
            if (!leftOpen.contains(item)) {
                int chosen = REVERSED.contains(item) ? reversedOption : option;
                target.locator("input[name='answers[" + item + "]'][value='" + chosen + "']").check();
            }
        }
    }

    @Test
    void theBaselineAndThePostScoreOfTheChecklistShowTheChangeOnTheEvaluation() {
        ProgressFixtures fixtures = new ProgressFixtures(new CaseFixtures(cases, persons, principals), cases);
        long id = fixtures.planning("Umi Sholikhah");
        loginAsDemo(page, "peksos");

        page.navigate("/cases/" + id + "/stages/rencana");
        assertThat(page.getByTestId("progress-none")).isVisible();
        page.getByTestId("progress-indicator-new").click();
        page.locator("#instrumentId").selectOption(new SelectOption()
                .setLabel("Daftar Periksa Kepercayaan Diri (aspek Lauster) (KPD-LAUSTER)"));
        page.locator("#targetKind").selectOption("LEVEL");
        page.locator("#target").fill("36");
        page.getByTestId("progress-indicator-save").click();
        assertThat(page.locator(".alert-ok")).hasText("Indikator ditambahkan.");
        assertThat(page.getByTestId("progress")).containsText("Target: sekurang-kurangnya 36.");

        page.getByTestId("progress-measure").click();
        assertThat(page.locator("h1")).containsText("Ukur baseline");
        page.locator("#measuredOn").fill("2024-09-09");
        answerAll(page, 2, 3, Set.of());
        page.getByTestId("progress-measure-save").click();
        assertThat(page.getByTestId("progress-measurements")).containsText("09-09-2024");
        assertThat(page.getByTestId("progress-baseline")).hasText("24");

        fixtures.approvePlan(id);
        fixtures.implement(id);

        page.navigate("/cases/" + id + "/stages/monev");
        page.getByTestId("progress-measure").click();
        assertThat(page.locator("h1")).containsText("Ukur pasca intervensi");
        page.locator("#measuredOn").fill("2024-10-14");
        answerAll(page, 3, 2, Set.of(5));
        Response refused = submit(page, "progress-measure-save");
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(400);
        assertThat(page.locator(".field-error")).hasText("Pernyataan 5 belum dijawab.");
        page.locator("input[name='answers[5]'][value='3']").check();
        page.getByTestId("progress-measure-save").click();

        assertThat(page.locator(".alert-ok")).hasText("Pengukuran disimpan.");
        assertThat(page.getByTestId("progress-baseline")).hasText("24");
        assertThat(page.getByTestId("progress-post")).hasText("36");
        assertThat(page.getByTestId("progress-change")).containsText("+12");
        assertThat(page.getByTestId("progress-verdict")).hasText("Membaik");
        assertThat(page.getByTestId("progress-reached")).hasText("Ya");
        assertThat(page.locator("[data-testid='progress-chart'] svg [data-measurement]")).hasCount(2);
        screenshot(page, "progress-evaluation.png");
    }
}
