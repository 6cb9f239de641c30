package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.kesos.WebIntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The TKSK of Ngemplak opens the verification worklist from the navigation, narrows it to one
 * village, marks a never verified person as checked and sees them leave the list, while the
 * other person of the village stays due.
 */
@WebIntegrationTest
class VerificationBrowserTest extends BrowserTestSupport {

    /** Sindon, Ngemplak: a village no other test uses. */
    private static final String SINDON = "33.09.11.2010";

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    private PersonView registered(String name, String birthDate, String nikDate) {
        String nik = "330911" + nikDate + String.format("%04d", 1000 + System.nanoTime() % 8000);
        KesosUser tksk = (KesosUser) principals.loadUserByUsername("tksk");
        return persons.register(tksk, new PersonInput(nik, null, name, "Boyolali", birthDate, "L", null, "ISLAM",
                "SD", "PETANI", "KAWIN", null, SINDON, "Dusun Sindon", "001", "001", null), "FORMULIR");
    }

    @Test
    void markAPersonVerifiedAndSeeThemLeaveTheList() {
        PersonView checked = registered("Marto Sudarmo", "1958-09-14", "140958");
        PersonView other = registered("Harjo Sentono", "1960-01-02", "020160");
        loginAsDemo(page, "tksk");

        page.getByTestId("nav-verification").click();
        assertThat(page.locator("h1")).hasText("Verifikasi data");
        page.getByTestId("verification-region").fill(SINDON);
        page.getByTestId("verification-filter").click();

        Locator list = page.getByTestId("verification-list");
        assertThat(list).containsText("Marto Sudarmo");
        assertThat(list).containsText(checked.maskedNik());
        assertThat(list).not().containsText(checked.nik());
        Locator row = list.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Marto Sudarmo"));
        assertThat(row).containsText("Belum pernah");
        row.getByTestId("verification-verified").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Data sudah ditandai terverifikasi hari ini.");
        assertThat(page.getByTestId("verification-region")).hasValue(SINDON);
        assertThat(list).not().containsText("Marto Sudarmo");
        assertThat(list).containsText(other.name());
        screenshot(page, "registry-verification.png");

        page.navigate("/registry/persons/" + checked.id());
        assertThat(page.getByTestId("person-verification")).hasText("Terverifikasi");
        assertThat(page.getByTestId("person-history")).containsText("VERIFIKASI");
    }
}
