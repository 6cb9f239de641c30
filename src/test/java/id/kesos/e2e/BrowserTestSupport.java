package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one Playwright and one headless system Chromium per test class,
 * a fresh browser context (own cookies, Indonesian locale) and page per test, signing in, and a
 * screenshot under {@code target/screenshots/failures} when a test fails. The subclass carries
 * {@link id.kesos.WebIntegrationTest}, so all browser tests share one running application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    static final String DEMO_PASSWORD = "kesos-demo";
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final Pattern DASHBOARD_URL = Pattern.compile("^http://localhost:\\d+/(\\?.*)?$");

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 800;

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    /** The page of the current test, in its own context; {@link #newSession} opens more. */
    protected Page page;

    private final List<BrowserContext> openContexts = new ArrayList<>();

    /** On a failure, every page still open (of every context of the test) is saved for a look. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = extension -> {
        if (extension.getExecutionException().isEmpty()) {
            return;
        }
        String name = "failures/" + extension.getRequiredTestClass().getSimpleName() + "-"
                + extension.getRequiredTestMethod().getName();
        int n = 0;
        for (BrowserContext open : openContexts) {
            for (Page each : open.pages()) {
                screenshot(each, name + (n++ == 0 ? "" : "-" + n) + ".png");
            }
        }
    };

    @BeforeAll
    void launchBrowser() {
        // Generous, so a busy build machine does not fail a test; no test asserts on timing.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = newSession();
    }

    @AfterEach
    void closeContexts() {
        openContexts.forEach(BrowserContext::close);
        openContexts.clear();
    }

    /**
     * A new, empty browser session (no cookies, so another user can sign in) on this application,
     * in Indonesian; closed after the test.
     */
    protected BrowserContext newContext(int width, int height) {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(width, height)
                .setLocale("id-ID"));
        created.setDefaultTimeout(30_000);
        openContexts.add(created);
        return created;
    }

    /** A page in a new browser session of desktop size; closed after the test. */
    protected Page newSession() {
        return newSession(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** A page in a new browser session with the given viewport; closed after the test. */
    protected Page newSession(int width, int height) {
        return newContext(width, height).newPage();
    }

    /** Opens a page of the application and returns the main response. */
    protected static Response open(Page target, String path) {
        return target.navigate(path);
    }

    /** Signs in through the login form and waits for the dashboard. */
    protected static void login(Page target, String username, String password) {
        open(target, "/login");
        target.locator("#username").fill(username);
        target.locator("#password").fill(password);
        target.getByTestId("login-submit").click();
        assertThat(target).hasURL(DASHBOARD_URL);
        assertThat(target.locator("h1")).containsText(Pattern.compile("Selamat datang|Welcome"));
    }

    protected static void loginAsDemo(Page target, String username) {
        login(target, username, DEMO_PASSWORD);
    }

    /**
     * Clicks a form's submit button and returns the answer to the POST itself, whose status a
     * form that is shown again (with its errors) does not reveal otherwise.
     */
    protected static Response submit(Page target, String submitTestId) {
        return target.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> target.getByTestId(submitTestId).click());
    }

    /**
     * Picks a level of the cascading region field by its label: once the field has come back
     * from the choice above, waiting for the server's answer and for HTMX to settle the swapped
     * field (its new selects listen only after that).
     */
    protected static void pickRegion(Page target, String level, String label) {
        Locator select = target.getByTestId("region-" + level);
        assertThat(select).isEnabled();
        target.waitForResponse(response -> response.url().contains("/regions/picker"),
                () -> select.selectOption(new SelectOption().setLabel(label)));
        target.waitForFunction("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')");
        assertThat(target.getByTestId("region-" + level).locator("option:checked")).hasText(label);
    }

    /** The id at the end of a link such as {@code /units/12}. */
    protected static long idFromLink(Locator link) {
        String href = link.getAttribute("href");
        var matcher = Pattern.compile("/(\\d+)$").matcher(href == null ? "" : href);
        if (!matcher.find()) {
            throw new AssertionError("No id at the end of the link " + href);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** Saves a full-page screenshot under {@code target/screenshots} and returns its path. */
    protected static Path screenshot(Page target, String name) {
        Path file = SCREENSHOTS.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
