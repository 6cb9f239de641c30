package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.kesos.WebIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A user sees only their own unit and the units below it: a social worker of Sentra Mulya Jaya
 * gets "not found" for the pages of Sentra Soeharso and of its users. The ids are found through
 * the administrator's screens, not hard-coded.
 */
@WebIntegrationTest
class ScopeTest extends BrowserTestSupport {

    private static final String NOT_FOUND = "Tidak ditemukan";
    private static final String MULYA_JAYA = "Sentra Mulya Jaya Jakarta";

    @Test
    void socialWorkerOfAnotherSentraGetsNotFoundForSoeharsoPages() {
        loginAsDemo(page, "admin");
        open(page, "/units");
        long soeharsoUnit = idFromLink(unitLink("Soeharso"));
        long mulyaJayaUnit = idFromLink(unitLink(MULYA_JAYA));
        open(page, "/users?q=peksos");
        long peksosUser = idFromLink(page.locator("main tbody tr:has(td:text-is('peksos')) a").first());
        assertThat(soeharsoUnit).isNotEqualTo(mulyaJayaUnit);

        Page peksos2 = newSession();
        loginAsDemo(peksos2, "peksos2");

        // Control: their own unit opens, so the answers below are about scope, not a broken page.
        Response own = open(peksos2, "/units/" + mulyaJayaUnit);
        assertThat(own.status()).isEqualTo(200);
        assertThat(peksos2.getByTestId("unit-name")).hasText(MULYA_JAYA);

        Response unit = open(peksos2, "/units/" + soeharsoUnit);
        assertThat(peksos2.locator("h1")).hasText(NOT_FOUND);
        assertThat(unit.status()).isEqualTo(404);
        assertThat(peksos2.locator("main")).not().containsText("Soeharso");

        Response user = open(peksos2, "/users/" + peksosUser);
        assertThat(peksos2.locator("h1")).hasText(NOT_FOUND);
        assertThat(user.status()).isEqualTo(404);
        assertThat(peksos2.getByTestId("user-name")).hasCount(0);
    }

    @Test
    void socialWorkerOfAnotherSentraDoesNotSeeSoeharsoInTheLists() {
        loginAsDemo(page, "peksos2");

        open(page, "/units");
        assertThat(unitLink(MULYA_JAYA)).isVisible();
        assertThat(page.locator("main")).not().containsText("Soeharso");

        open(page, "/users?q=peksos");
        assertThat(page.locator("main tbody td:text-is('peksos2')")).hasCount(1);
        assertThat(page.locator("main tbody td:text-is('peksos')")).hasCount(0);
    }

    private Locator unitLink(String name) {
        return page.locator("main table a").filter(new Locator.FilterOptions().setHasText(name)).first();
    }
}
