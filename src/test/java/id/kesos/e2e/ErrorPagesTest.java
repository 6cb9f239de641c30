package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import id.kesos.WebIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The friendly error pages keep the normal page frame and say in Indonesian what happened. */
@WebIntegrationTest
class ErrorPagesTest extends BrowserTestSupport {

    @Test
    void unknownUnitShowsTheNotFoundPage() {
        assertErrorPage("admin", "/units/987654321", 404, "Tidak ditemukan");
    }

    @Test
    void malformedIdShowsTheNotFoundPage() {
        assertErrorPage("admin", "/users/bukan-angka", 404, "Tidak ditemukan");
    }

    @Test
    void nonAdministratorOpeningAnAdminPageSeesAccessDenied() {
        assertErrorPage("peksos2", "/admin/users/new", 403, "Akses ditolak");
    }

    @Test
    void formWithAStaleSecurityTokenShowsAccessDenied() {
        loginAsDemo(page, "admin");
        open(page, "/users");
        page.getByTestId("user-add").click();
        assertThat(page).hasURL(Pattern.compile("/admin/users/new$"));
        // As if the session had ended while the form stayed open.
        page.locator("main form input[name=_csrf]").evaluate("input => input.value = 'kedaluwarsa'");
        page.locator("#fullName").fill("Tidak Tersimpan");

        Response response = submit(page, "user-save");

        assertThat(page.locator("h1")).hasText("Akses ditolak");
        assertThat(response.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("kedaluwarsa");
    }

    private void assertErrorPage(String username, String path, int status, String heading) {
        loginAsDemo(page, username);

        Response response = open(page, path);

        assertThat(page.locator("h1")).hasText(heading);
        assertThat(response.status()).isEqualTo(status);
        // Still the normal page frame: the demo badge and the signed-in user's menu.
        assertThat(page.getByTestId("demo-badge")).isVisible();
        assertThat(page.getByTestId("logout")).isVisible();
    }
}
