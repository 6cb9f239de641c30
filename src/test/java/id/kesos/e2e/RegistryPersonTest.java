package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.kesos.WebIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A TKSK registers a person through the form (the address picked with the region field), then
 * finds them again by a misspelt name and opens the record with its history.
 */
@WebIntegrationTest
class RegistryPersonTest extends BrowserTestSupport {

    @Test
    void registerThenFindByAMisspeltName() {
        String serial = String.format("%04d", 1000 + System.nanoTime() % 8000);
        String nik = "330911" + "170882" + serial;
        loginAsDemo(page, "tksk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registri").setExact(true)).click();
        page.getByTestId("person-add").click();
        // The region field works once HTMX has started, at the new page's load event.
        page.waitForURL(Pattern.compile("/registry/persons/new$"));

        page.locator("#nik").fill(nik);
        page.locator("#nama").fill("Mochammad Djunaedi Prawiro");
        page.locator("#tempatLahir").fill("Boyolali");
        page.locator("#tanggalLahir").fill("17-08-1982");
        page.locator("#jenisKelamin").selectOption("L");
        pickRegion(page, "PROVINCE", "Jawa Tengah");
        pickRegion(page, "REGENCY", "Kabupaten Boyolali");
        pickRegion(page, "DISTRICT", "Ngemplak");
        pickRegion(page, "VILLAGE", "Gagaksipat");
        assertThat(page.getByTestId("region-code")).hasText("33.09.11.2004");
        page.locator("#alamat").fill("Dusun Krajan");
        page.getByTestId("person-save").click();

        assertThat(page).hasURL(Pattern.compile("/registry/persons/\\d+$"));
        assertThat(page.getByTestId("person-name")).hasText("Mochammad Djunaedi Prawiro");
        assertThat(page.getByTestId("person-nik")).hasText(nik);
        assertThat(page.getByTestId("person-history")).containsText("FORMULIR");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Registri").setExact(true)).click();
        page.getByTestId("person-search").fill("muhamad junaidi prawiro");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cari")).click();

        Locator results = page.getByTestId("person-results");
        assertThat(results).containsText("Mochammad Djunaedi Prawiro");
        assertThat(results).containsText(nik.substring(0, 4) + "**********" + nik.substring(14));
        assertThat(results).not().containsText(nik);
        results.getByText("Mochammad Djunaedi Prawiro").click();
        assertThat(page.getByTestId("person-nik")).hasText(nik);
        screenshot(page, "registry-person.png");
    }
}
