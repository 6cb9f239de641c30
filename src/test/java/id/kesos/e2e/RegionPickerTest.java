package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import id.kesos.WebIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cascading region field (HTMX): an administrator adds a Kecamatan (TKSK) unit below the
 * Boyolali Dinas and picks its district level by level.
 */
@WebIntegrationTest
class RegionPickerTest extends BrowserTestSupport {

    private static final String BOYOLALI_DINAS = "Dinas Sosial Kabupaten Boyolali";

    @Test
    void adminAddsKecamatanUnitThroughTheFourLevelCascade() {
        String name = "Kecamatan Banyudono (TKSK) " + System.nanoTime() % 100_000;
        openNewChildFormOfBoyolali();
        page.locator("#type").selectOption("KECAMATAN");
        page.locator("#name").fill(name);

        // Before any choice only the province level can be used.
        assertThat(level("REGENCY")).isDisabled();
        assertThat(level("DISTRICT")).isDisabled();
        assertThat(level("VILLAGE")).isDisabled();

        pickRegion(page, "PROVINCE", "Jawa Tengah");
        assertThat(level("REGENCY")).isEnabled();
        assertThat(page.getByTestId("region-code")).hasText("33");
        assertThat(level("DISTRICT")).isDisabled();

        pickRegion(page, "REGENCY", "Kabupaten Boyolali");
        assertThat(level("DISTRICT")).isEnabled();
        assertThat(page.getByTestId("region-code")).hasText("33.09");

        pickRegion(page, "DISTRICT", "Banyudono");
        assertThat(level("VILLAGE")).isEnabled();
        assertThat(page.getByTestId("region-code")).hasText(Pattern.compile("^33\\.09\\.\\d{2}$"));
        // The levels above keep their choice after each swap.
        assertThat(level("PROVINCE")).hasValue("33");
        assertThat(level("REGENCY")).hasValue("33.09");
        String code = page.getByTestId("region-code").textContent().strip();
        assertThat(code).startsWith("33.09.");
        assertThat(page.locator("input[type=hidden][name=regionCode]")).hasValue(code);

        page.locator("#address").fill("Jl. Uji Coba No. 1");
        page.getByTestId("unit-save").click();

        assertThat(page).hasURL(Pattern.compile("/units/\\d+$"));
        assertThat(page.getByTestId("unit-name")).hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Unit sudah dibuat.");
        assertThat(page.locator("main")).containsText("Kecamatan (TKSK)");
        assertThat(page.locator("main a[href='/regions/" + code + "']")).hasText(code);
        assertThat(page.locator("ol.breadcrumb")).containsText(BOYOLALI_DINAS);
    }

    @Test
    void provinceAloneIsRejectedForAKecamatanUnit() {
        openNewChildFormOfBoyolali();
        page.locator("#type").selectOption("KECAMATAN");
        page.locator("#name").fill("Kecamatan Tanpa Wilayah (TKSK)");
        pickRegion(page, "PROVINCE", "Jawa Tengah");
        assertThat(page.getByTestId("region-code")).hasText("33");

        Response response = submit(page, "unit-save");

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#regionCode-error")).hasText("Pilih wilayah setingkat kecamatan.");
        // The form comes back with what was entered.
        assertThat(page.locator("#name")).hasValue("Kecamatan Tanpa Wilayah (TKSK)");
        assertThat(page.locator("#type")).hasValue("KECAMATAN");
        assertThat(level("PROVINCE")).hasValue("33");
    }

    private void openNewChildFormOfBoyolali() {
        loginAsDemo(page, "admin");
        open(page, "/units");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(BOYOLALI_DINAS).setExact(true)).click();
        assertThat(page.getByTestId("unit-name")).hasText(BOYOLALI_DINAS);
        page.getByTestId("unit-add-child").click();
        // The region field works once HTMX has started, at the new page's load event.
        page.waitForURL(Pattern.compile("/admin/units/new\\?parent=\\d+$"));
        assertThat(page.getByTestId("unit-save")).isVisible();
    }

    private Locator level(String level) {
        return page.getByTestId("region-" + level);
    }
}
