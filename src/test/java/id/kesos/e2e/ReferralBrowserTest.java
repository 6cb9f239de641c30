package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.kesos.WebIntegrationTest;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.CaseView;
import id.kesos.casework.Cases;
import id.kesos.registry.Persons;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A social worker of Sentra Soeharso transfers a case whose client consented to sharing to Sentra
 * Mulya Jaya; the supervisor there accepts it from the incoming referrals and becomes responsible;
 * Soeharso still reads the case file it handed over, without a form to change it.
 */
@WebIntegrationTest
class ReferralBrowserTest extends BrowserTestSupport {

    @Autowired
    Persons persons;

    @Autowired
    Cases cases;

    @Autowired
    UserDetailsService principals;

    @Test
    void aSentraTransfersACaseAndTheReceivingSentraAcceptsIt() {
        CaseFixtures fixtures = new CaseFixtures(cases, persons, principals);
        CaseView kase = cases.view(fixtures.user("peksos"), fixtures.contracted("Ayu Referral Browser", true, null));
        String caseUrl = "/cases/" + kase.id();
        loginAsDemo(page, "peksos");
        open(page, caseUrl);

        page.locator("#referral-unit").selectOption(new SelectOption().setLabel("Sentra Mulya Jaya Jakarta"));
        page.locator("#referral-kind").selectOption("TRANSFER");
        page.locator("#referral-purpose").fill("Klien pindah domisili ke Jakarta bersama keluarga");
        page.getByTestId("referral-submit").click();

        assertThat(page.locator(".alert-ok")).hasText("Rujukan sudah diajukan ke unit tujuan.");
        assertThat(page.getByTestId("referrals")).containsText("Alih kelola kasus");
        assertThat(page.getByTestId("referral-status")).hasText("Diajukan");
        assertThat(page.getByTestId("referral-revoke")).isVisible();

        Page receiving = newSession();
        loginAsDemo(receiving, "supervisor2");
        receiving.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kasus").setExact(true)).click();
        receiving.getByTestId("view-referrals").click();
        Locator incoming = receiving.getByTestId("incoming-referrals").locator("li",
                new Locator.LocatorOptions().setHasText(kase.caseNumber()));
        assertThat(incoming).containsText("Ayu Referral Browser");
        assertThat(incoming).containsText("Klien pindah domisili ke Jakarta bersama keluarga");
        incoming.locator("textarea[name=comment]").fill("Diterima; penanggung jawab supervisor");
        incoming.getByTestId("referral-accept").click();

        assertThat(receiving).hasURL(Pattern.compile(caseUrl + "$"));
        assertThat(receiving.locator(".alert-ok")).hasText("Rujukan diterima.");
        assertThat(receiving.getByTestId("case-number")).hasText(kase.caseNumber());
        assertThat(receiving.getByTestId("team")).containsText("Supervisor Sentra Mulya Jaya");
        assertThat(receiving.getByTestId("referral-status")).hasText("Diterima");
        assertThat(receiving.getByTestId("timeline")).containsText("Kasus dialihkelolakan");
        screenshot(receiving, "referral-accepted.png");

        page.reload();
        assertThat(page.getByTestId("case-reach")).containsText("sudah dialihkelolakan");
        assertThat(page.getByTestId("referral-form")).hasCount(0);
        assertThat(page.getByTestId("referral-revoke")).hasCount(0);
        page.locator("[data-stage='kontrak'] a").click();
        assertThat(page.getByTestId("stage-values")).containsText("Mengikuti kegiatan");
        assertThat(page.getByTestId("stage-form")).hasCount(0);
    }
}
