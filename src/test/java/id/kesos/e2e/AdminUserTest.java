package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.kesos.WebIntegrationTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An administrator creates a user through the form; the new user can then sign in. */
@WebIntegrationTest
class AdminUserTest extends BrowserTestSupport {

    private static final String MULYA_JAYA = "Sentra Mulya Jaya Jakarta";

    @Test
    void emptyFormShowsErrorsNextToTheFields() {
        openNewUserForm();

        Response response = submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(page).hasURL(Pattern.compile("/admin/users$"));
        assertThat(page.locator("#fullName-error")).hasText("Wajib diisi.");
        assertThat(page.locator("#fullName")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#username-error")).containsText("Wajib diisi.");
        assertThat(page.locator("#username")).hasAttribute("aria-invalid", "true");
        // Fields that were fine are not marked.
        assertThat(page.locator("#email-error")).hasCount(0);
    }

    @Test
    void emptyFormAlsoExplainsThePasswordRule() {
        openNewUserForm();

        Response response = submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#fullName-error")).hasText("Wajib diisi.");
        assertThat(page.locator("#password-error")).hasText("Kata sandi paling sedikit 10 karakter.");
        assertThat(page.locator("#password")).hasAttribute("aria-invalid", "true");
    }

    @Test
    void badUsernameAndShortPasswordAreExplainedInIndonesian() {
        openNewUserForm();
        page.locator("#username").fill("nama dengan spasi");
        page.locator("#fullName").fill("Nama Lengkap");
        page.locator("#password").fill("pendek");

        Response response = submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#username-error"))
                .hasText("Gunakan 3-50 huruf, angka, titik, garis bawah atau tanda hubung.");
        assertThat(page.locator("#fullName-error")).hasCount(0);
        // What was typed is kept, so the administrator corrects rather than retypes.
        assertThat(page.locator("#fullName")).hasValue("Nama Lengkap");
        // ...but the password is never sent back into the page.
        assertThat(page.locator("#password")).hasValue("");

        page.locator("#username").fill("e2e-valid" + System.nanoTime() % 100_000);
        page.locator("#password").fill("pendek");
        response = submit();

        assertThat(response.status()).isEqualTo(400);
        assertThat(page.locator("#username-error")).hasCount(0);
        assertThat(page.locator("#password-error")).hasText("Kata sandi paling sedikit 10 karakter.");
    }

    @Test
    void adminCreatesUserWhoCanThenSignIn() {
        String username = "e2e" + System.nanoTime() % 100_000;
        String fullName = "Pengguna Uji " + username;
        String password = "rahasia-uji-" + username;

        openNewUserForm();
        page.locator("#username").fill(username);
        page.locator("#fullName").fill(fullName);
        page.locator("#email").fill(username + "@contoh.go.id");
        page.locator("#role").selectOption(new SelectOption().setLabel("Pekerja sosial"));
        page.locator("#unitId").selectOption(new SelectOption().setLabel(MULYA_JAYA));
        page.locator("#password").fill(password);
        page.getByTestId("user-save").click();

        assertThat(page).hasURL(Pattern.compile("/users/\\d+$"));
        assertThat(page.getByTestId("user-name")).hasText(fullName);
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Pengguna sudah dibuat.");
        assertThat(page.locator("main")).containsText(MULYA_JAYA);
        assertThat(page.getByTestId("user-toggle-active")).hasText("Nonaktifkan");

        Page newUser = newSession();
        login(newUser, username, password);
        assertThat(newUser.locator("h1")).hasText("Selamat datang, " + fullName);
        assertThat(newUser.getByTestId("dashboard-unit")).hasText(MULYA_JAYA);
        assertThat(newUser.getByTestId("dashboard-role")).hasText("Pekerja sosial");
    }

    private void openNewUserForm() {
        loginAsDemo(page, "admin");
        open(page, "/users");
        page.getByTestId("user-add").click();
        assertThat(page).hasURL(Pattern.compile("/admin/users/new$"));
        assertThat(page.locator("#username")).isVisible();
    }

    private Response submit() {
        return submit(page, "user-save");
    }
}
