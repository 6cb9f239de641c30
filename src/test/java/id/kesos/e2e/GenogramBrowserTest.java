package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import id.kesos.WebIntegrationTest;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import id.kesos.registry.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A social worker of Sentra Soeharso builds a small genogram through the editor (divorced
 * parents, the client and a brother, the client's household) and finds it drawn on the
 * assessment page.
 */
@WebIntegrationTest
class GenogramBrowserTest extends BrowserTestSupport {

    @Autowired
    Cases cases;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Test
    void aGenogramBuiltInTheEditorIsDrawnOnTheAssessmentPage() {
        CaseFixtures fixtures = new CaseFixtures(cases, persons, principals);
        long id = fixtures.contracted("Wulan Genogram Browser", true, null);
        cases.complete(fixtures.user("peksos"), id, Stage.KONTRAK);
        loginAsDemo(page, "peksos");
        open(page, "/cases/" + id + "/stages/asesmen");
        assertThat(page.getByTestId("genogram-part")).containsText("Genogram belum dibuat");
        page.getByTestId("genogram-edit").click();

        addPerson("Pak Harto", "L", "1965", false, false);
        addPerson("Bu Sri", "P", "1968", false, true);
        addPerson("WG", "P", "1990", true, true);
        addPerson("Bagus", "L", "1995", false, false);
        assertThat(page.getByTestId("genogram-persons").locator("tbody tr")).hasCount(4);

        page.locator("#partner-a").selectOption("1");
        page.locator("#partner-b").selectOption("2");
        page.locator("#partner-kind").selectOption(new SelectOption().setLabel("Bercerai"));
        page.getByTestId("genogram-partners-save").click();
        assertThat(page.getByTestId("genogram-partnerships")).containsText("Pak Harto (1965) - Bu Sri (1968): Bercerai");

        for (String child : new String[] {"3", "4"}) {
            page.locator("#parents-child").selectOption(child);
            page.locator("#parents-parents").selectOption("1,2");
            page.getByTestId("genogram-parents-save").click();
            assertThat(page.locator(".alert-ok")).containsText("Genogram disimpan");
        }
        page.locator("#person-born").fill("sembilan");
        page.locator("#person-name").fill("Nenek");
        org.assertj.core.api.Assertions.assertThat(submit(page, "genogram-person-save").status()).isEqualTo(400);
        assertThat(page.locator(".field-error")).containsText("Tulis tahun dengan empat angka");
        screenshot(page, "genogram-editor.png");

        open(page, "/cases/" + id + "/stages/asesmen");
        var figure = page.getByTestId("genogram-part").getByTestId("genogram-figure");
        assertThat(figure.locator("g.person")).hasCount(4);
        assertThat(figure.locator("g.person[data-client='true']")).hasAttribute("data-person", "3");
        assertThat(figure.locator("g.relation.divorce")).hasCount(1);
        assertThat(figure.locator("line.child-line")).hasCount(2);
        assertThat(figure.locator("path.household")).hasCount(1);
        assertThat(figure).containsText("Pak Harto");
        screenshot(page, "genogram-on-assessment.png");
    }

    private void addPerson(String name, String sex, String born, boolean client, boolean household) {
        page.locator("#person-name").fill(name);
        page.locator("#person-sex").selectOption(sex);
        page.locator("#person-born").fill(born);
        page.locator("#person-form input[name='client']").setChecked(client);
        page.locator("#person-form input[name='household']").setChecked(household);
        page.getByTestId("genogram-person-save").click();
        assertThat(page.locator(".alert-ok")).containsText("Genogram disimpan");
    }
}
