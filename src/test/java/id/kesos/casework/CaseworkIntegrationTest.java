package id.kesos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.ApiTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class CaseworkIntegrationTest {

    /** Serials no other test uses: every test registers its own client. */
    private static final AtomicInteger SERIAL = new AtomicInteger(5000);

    @Autowired
    Cases cases;

    @Autowired
    CaseWorklists worklists;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    private KesosUser user(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    /** A client registered by Dinas Sosial Boyolali, outside every Sentra's scope until a case is opened. */
    private PersonView client(String name) {
        String nik = "3309116210990" + String.format("%03d", SERIAL.incrementAndGet() % 1000);
        return persons.register(user("dinsos"), new PersonInput(nik, null, name, "Boyolali", "1999-10-22", "P", null,
                "ISLAM", "D3", "BELUM_BEKERJA", "BELUM_KAWIN", "Disabilitas fisik", "33.09.11.2004", "Ngemplak",
                "001", "002", null), "FORMULIR");
    }

    private CaseView open(String username, PersonView client, Sensitivity sensitivity) {
        return cases.open(user(username), new OpenCase(null, client.nik(), ServiceBase.RESIDENSIAL, "Disabilitas",
                "Disabilitas Fisik", "DINSOS_KABKOTA", "Dinas Sosial Kabupaten Boyolali", sensitivity, null));
    }

    @Test
    void aSentraOpensACaseFromTheReferralNikAndTheClientEntersItsScope() {
        PersonView client = client("Umi Sholikhah");
        assertThatThrownBy(() -> persons.open(user("peksos"), client.id())).isInstanceOf(NotFoundException.class);

        CaseView opened = open("peksos", client, null);

        assertThat(opened.caseNumber()).matches("STS-\\d{4}-\\d{4}");
        assertThat(opened.initials()).isEqualTo("US");
        assertThat(opened.stage(Stage.AKSES).state()).isEqualTo(StageState.IN_PROGRESS);
        assertThat(opened.team()).extracting(TeamMember::username).containsExactly("peksos");
        assertThat(persons.open(user("peksos"), client.id()).id()).isEqualTo(client.id());
        assertThatThrownBy(() -> persons.open(user("peksos2"), client.id())).isInstanceOf(NotFoundException.class);
        assertThat(worklists.myCases(user("peksos"))).extracting(CaseSummary::id).contains(opened.id());
    }

    @Test
    void anotherSentraGets404ForTheCaseAndTheRefusalIsAudited() throws Exception {
        CaseView opened = open("peksos", client("Sri Lestari"), null);

        assertThatThrownBy(() -> cases.view(user("peksos2"), opened.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.saveStage(user("peksos2"), opened.id(), Stage.AKSES, 0, Map.of()))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/api/v1/cases/{id}", opened.id()).header("Authorization", "Bearer " + token("peksos2")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_log
                 where actor = 'peksos2' and action = 'DENIED' and entity_type = 'CASE' and entity_id = :id
                """).param("id", Long.toString(opened.id())).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSensitiveCaseShowsItsExistenceButNoContentOutsideItsTeam() {
        CaseView opened = open("peksos", client("Rina Wulandari"), Sensitivity.VIOLENCE);

        CaseView seenBySupervisor = cases.view(user("supervisor"), opened.id());
        assertThat(seenBySupervisor.restricted()).isTrue();
        assertThat(seenBySupervisor.clientName()).isNull();
        assertThat(seenBySupervisor.stages()).isEmpty();
        assertThat(seenBySupervisor.team()).isEmpty();
        assertThatThrownBy(() -> cases.stage(user("supervisor"), opened.id(), Stage.AKSES))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cases.timeline(user("supervisor"), opened.id())).isInstanceOf(NotFoundException.class);
        assertThat(worklists.unitCases(user("supervisor"), true, 0, 500).items())
                .filteredOn(summary -> summary.id() == opened.id())
                .singleElement()
                .satisfies(summary -> {
                    assertThat(summary.restricted()).isTrue();
                    assertThat(summary.clientName()).isNull();
                });

        assertThat(worklists.unitCases(user("peksos"), true, 0, 500).items())
                .filteredOn(summary -> summary.id() == opened.id())
                .singleElement()
                .satisfies(summary -> assertThat(summary.clientName()).isEqualTo("Rina Wulandari"));
        assertThat(cases.view(user("kepala"), opened.id()).clientName()).isEqualTo("Rina Wulandari");
        cases.putMember(user("peksos"), opened.id(), user("supervisor").id(), TeamRole.SUPERVISOR,
                Profession.PEKERJA_SOSIAL);
        assertThat(cases.view(user("supervisor"), opened.id()).restricted()).isFalse();
    }

    @Test
    void theHeadOfTheUnitDecidesButDoesNotWriteIntoStages() throws Exception {
        CaseView opened = open("peksos", client("Wahyuni Sari"), null);
        int version = cases.stage(user("kepala"), opened.id(), Stage.AKSES).view().version();

        assertThatThrownBy(() -> cases.saveStage(user("kepala"), opened.id(), Stage.AKSES, version,
                Map.of("referral_source", "LKS"))).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/cases/{id}/stages/akses", opened.id()).with(signedIn("kepala")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"stage-form\""))));
        mvc.perform(get("/cases/{id}/stages/akses", opened.id()).with(signedIn("peksos")))
                .andExpect(content().string(containsString("data-testid=\"stage-form\"")));
        cases.terminateEarly(user("kepala"), opened.id(), "Klien dipindahkan ke LKS di daerah asal");
        assertThat(cases.view(user("peksos"), opened.id()).currentStage()).isEqualTo(Stage.TERMINASI);
    }

    @Test
    void aConcurrentEditOfTheSameStageIsRefusedWithWhoChangedIt() {
        CaseView opened = open("peksos", client("Dewi Anggraini"), null);
        cases.putMember(user("peksos"), opened.id(), user("supervisor").id(), TeamRole.SUPERVISOR,
                Profession.PEKERJA_SOSIAL);
        int version = cases.stage(user("peksos"), opened.id(), Stage.AKSES).view().version();

        cases.saveStage(user("peksos"), opened.id(), Stage.AKSES, version,
                Map.of("referral_source", "DINSOS_KABKOTA", "referrer", "Dinas Sosial Boyolali",
                        "received_date", "2024-08-26", "letter_number", "460/123/2024"));
        assertThatThrownBy(() -> cases.saveStage(user("supervisor"), opened.id(), Stage.AKSES, version,
                Map.of("referral_source", "LKS", "referrer", "LKS Bina Daksa", "received_date", "2024-08-26")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.messageKey()).isEqualTo("casework.stale.stage");
                        assertThat(problem.args()[0]).isEqualTo("peksos");
                    });
                });
        assertThat(cases.stage(user("peksos"), opened.id(), Stage.AKSES).values())
                .containsEntry("letter_number", "460/123/2024").containsEntry("referrer", "Dinas Sosial Boyolali");
    }

    @Test
    void stepsFollowTheWorkflowNeedTheirFieldsAndAreAuditedAndOnTheTimeline() {
        CaseView opened = open("peksos", client("Siti Aminah"), null);
        long id = opened.id();
        KesosUser peksos = user("peksos");

        assertThatThrownBy(() -> cases.saveStage(peksos, id, Stage.KONTRAK, 0, Map.of()))
                .isInstanceOfSatisfying(WorkflowViolation.class, v -> assertThat(v.stage()).isEqualTo(Stage.ENGAGEMENT));
        assertThatThrownBy(() -> cases.saveStage(peksos, id, Stage.AKSES, 1, Map.of("letter_date", "2024-02-30")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("values[letter_date]"));
        int version = cases.stage(peksos, id, Stage.AKSES).view().version();
        cases.saveStage(peksos, id, Stage.AKSES, version, Map.of("referral_source", "DINSOS_KABKOTA"));
        assertThatThrownBy(() -> cases.complete(peksos, id, Stage.AKSES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .contains("values[referrer]", "values[received_date]"));

        version = cases.stage(peksos, id, Stage.AKSES).view().version();
        cases.saveStage(peksos, id, Stage.AKSES, version, Map.of("referral_source", "DINSOS_KABKOTA",
                "referrer", "Dinas Sosial Kabupaten Boyolali", "received_date", "2024-08-26"));
        cases.complete(peksos, id, Stage.AKSES);
        assertThatThrownBy(() -> cases.complete(peksos, id, Stage.ENGAGEMENT)).isInstanceOf(WorkflowViolation.class);
        cases.addEntry(peksos, id, Stage.ENGAGEMENT, Map.of("contact_date", "2024-08-28", "process",
                "Perkenalan dan penjelasan maksud praktikum"));
        assertThatThrownBy(() -> cases.skip(peksos, id, Stage.ENGAGEMENT, "tidak perlu"))
                .isInstanceOfSatisfying(WorkflowViolation.class,
                        v -> assertThat(v.rule()).isEqualTo(WorkflowRule.SUPERVISOR_ONLY));
        cases.skip(user("supervisor"), id, Stage.ENGAGEMENT, "Kontak awal sudah dilakukan pekerja sosial Dinas");
        cases.terminateEarly(peksos, id, "Klien dijemput keluarga");

        CaseView after = cases.view(peksos, id);
        assertThat(after.currentStage()).isEqualTo(Stage.TERMINASI);
        assertThat(after.stage(Stage.ENGAGEMENT).skipReason()).isEqualTo("Kontak awal sudah dilakukan pekerja sosial Dinas");
        assertThat(after.stage(Stage.KONTRAK).skipReason()).isEqualTo("Klien dijemput keluarga");
        assertThat(cases.timeline(peksos, id)).extracting(TimelineItem::kind)
                .contains("OPENED", "STAGE_STARTED", "STAGE_COMPLETED", "ENTRY", "SKIPPED", "TERMINATED_EARLY");
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_log
                 where entity_type = 'CASE' and entity_id = :id and action = 'UPDATE'
                """).param("id", Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theApiOpensACaseFromAReferralAndListsThePersonsCases() throws Exception {
        PersonView client = client("Nur Hidayah");
        String token = token("peksos");
        String body = json.writeValueAsString(Map.of("nik", client.nik(), "service_base", "RESIDENSIAL",
                "referral_source", "DINSOS_KABKOTA", "referrer", "Dinas Sosial Kabupaten Boyolali"));
        String created = mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.initials").value("NH"))
                .andExpect(jsonPath("$.stages.length()").value(12))
                .andExpect(jsonPath("$.stages[0].code").value("AKSES"))
                .andExpect(jsonPath("$.stages[0].state").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.stages[11].code").value("PASCA"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();

        mvc.perform(get("/api/v1/cases").param("person", Long.toString(client.id()))
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/cases").param("person", Long.toString(client.id()))
                        .header("Authorization", "Bearer " + token("peksos2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nik\": \"" + client.nik() + "\", \"service_base\": \"RESIDENSIAL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("referralSource"));
        mvc.perform(post("/api/v1/cases").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"service_base\": \"NOWHERE\"}"))
                .andExpect(status().isBadRequest());
    }

    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(principals.loadUserByUsername(username));
    }

    private String token(String username) throws Exception {
        return ApiTokens.of(mvc, username);
    }
}
