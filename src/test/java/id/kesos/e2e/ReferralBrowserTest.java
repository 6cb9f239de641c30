package id.kesos.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import id.kesos.WebIntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.casework.CaseView;
import id.kesos.casework.Cases;
import id.kesos.casework.OpenCase;
import id.kesos.casework.ServiceBase;
import id.kesos.casework.Stage;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.util.Map;
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

    private KesosUser user(String username) {
        return (KesosUser) principals.loadUserByUsername(username);
    }

    /** A case of Sentra Soeharso with the contract saved, the client consenting to sharing. */
    private CaseView contractedCase() {
        String nik = "3309116503950" + String.format("%03d", 900 + System.nanoTime() % 90);
        PersonView client = persons.register(user("dinsos"), new PersonInput(nik, null, "Ayu Referral Browser",
                "Boyolali", "1995-03-25", "P", null, "ISLAM", "SMA", "BELUM_BEKERJA", "BELUM_KAWIN", null,
                "33.09.11.2004", "Ngemplak", "001", "002", null), "FORMULIR");
        KesosUser peksos = user("peksos");
        long id = cases.open(peksos, new OpenCase(null, client.nik(), ServiceBase.RESIDENSIAL, "Disabilitas", null,
                "DINSOS_KABKOTA", "Dinas Sosial Kabupaten Boyolali", null, null)).id();
        cases.complete(peksos, id, Stage.AKSES);
        cases.skip(user("supervisor"), id, Stage.ENGAGEMENT, "Kontak awal sudah oleh Dinas Sosial");
        cases.saveStage(peksos, id, Stage.KONTRAK, 0, Map.of("client_rights_duties", "Mengikuti kegiatan",
                "worker_rights_duties", "Menjaga kerahasiaan", "consent_by", "CLIENT", "consent_date", "2024-08-30",
                "consent_services", "true", "consent_sharing", "true", "consent_reporting", "true"));
        return cases.view(peksos, id);
    }

    @Test
    void aSentraTransfersACaseAndTheReceivingSentraAcceptsIt() {
        CaseView kase = contractedCase();
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
