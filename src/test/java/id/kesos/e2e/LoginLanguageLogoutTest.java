package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.kesos.WebIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Signing in, the dashboard, switching language, signing out; on a desktop and on a phone. */
@WebIntegrationTest
class LoginLanguageLogoutTest extends BrowserTestSupport {

    private static final Pattern LOGIN_URL = Pattern.compile("/login(\\?.*)?$");

    @Test
    void socialWorkerSeesDashboardSwitchesLanguageAndSignsOut() throws Exception {
        loginAsDemo(page, "peksos");

        assertThat(page.locator("h1")).hasText(Pattern.compile("^Selamat datang, .+"));
        assertThat(page.getByTestId("dashboard-unit")).containsText("Soeharso");
        assertThat(page.getByTestId("dashboard-role")).hasText("Pekerja sosial");
        assertThat(page.getByTestId("demo-badge")).isVisible();
        assertThat(page.getByTestId("demo-badge")).hasText("DEMO");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        assertNonEmptyFile(screenshot(page, "dashboard.png"));

        page.getByTestId("lang-en").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText(Pattern.compile("^Welcome, .+"));
        assertThat(page.getByTestId("dashboard-role")).hasText("Social worker");
        assertThat(page.locator("nav.mainnav")).containsText("Home");
        // The choice is remembered: a page opened without ?lang stays in English.
        open(page, "/units");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        page.getByTestId("lang-id").click();
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        open(page, "/");
        assertThat(page.locator("h1")).hasText(Pattern.compile("^Selamat datang, .+"));
        assertThat(page.locator("nav.mainnav")).containsText("Beranda");
        assertThat(page.getByTestId("dashboard-role")).hasText("Pekerja sosial");

        page.getByTestId("logout").click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("Anda sudah keluar.");

        open(page, "/");
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.getByTestId("logout")).hasCount(0);
    }

    @Test
    void wrongPasswordShowsIndonesianErrorAndStaysOnLoginPage() {
        open(page, "/login");
        page.locator("#username").fill("peksos");
        page.locator("#password").fill("bukan-kata-sandinya");
        page.getByTestId("login-submit").click();

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .hasText("Nama pengguna atau kata sandi salah.");
        assertThat(page.getByTestId("login-submit")).isVisible();
        assertThat(page.getByTestId("logout")).hasCount(0);
        // Still signed out: the dashboard sends us back to the login page.
        open(page, "/");
        assertThat(page).hasURL(LOGIN_URL);
    }

    @Test
    void keyboardAloneSignsIn() {
        open(page, "/login");
        page.locator("#username").focus();
        page.keyboard().type("peksos");
        page.keyboard().press("Tab");
        assertThat(page.locator("#password")).isFocused();
        page.keyboard().type(DEMO_PASSWORD);
        page.keyboard().press("Enter");

        assertThat(page).hasURL(DASHBOARD_URL);
        assertThat(page.locator("h1")).hasText(Pattern.compile("^Selamat datang, .+"));
        assertThat(page.getByTestId("dashboard-unit")).containsText("Soeharso");
    }

    @Test
    void dashboardFitsAPhoneScreen() throws Exception {
        Page phonePage = newSession(375, 740);
        loginAsDemo(phonePage, "peksos");
        assertThat(phonePage.getByTestId("dashboard-unit")).containsText("Soeharso");
        assertNonEmptyFile(screenshot(phonePage, "dashboard-phone.png"));

        Object widths = phonePage.evaluate(
                "() => document.documentElement.scrollWidth + ' <= ' + window.innerWidth");
        Object fits = phonePage.evaluate(
                "() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(fits).as("no horizontal overflow at 375px (scrollWidth <= innerWidth: %s)", widths)
                .isEqualTo(true);
    }

    private static void assertNonEmptyFile(Path file) throws Exception {
        assertThat(file).exists().isRegularFile();
        assertThat(Files.size(file)).isPositive();
    }
}
