package id.kesos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.Persons;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Group sessions written for several cases at once, on the real database. */
@IntegrationTest
@AutoConfigureMockMvc
class GroupSessionIntegrationTest {

    @Autowired
    Cases cases;

    @Autowired
    GroupSessions groupSessions;

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

    private CaseFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CaseFixtures(cases, persons, principals);
    }

    private KesosUser user(String name) {
        return fixtures.user(name);
    }

    private static Map<String, String> session(LocalDate date) {
        Map<String, String> values = new HashMap<>();
        values.put("session_date", date.toString());
        values.put("start_time", "09:00");
        values.put("end_time", "10:30");
        values.put("place", "Aula Sentra");
        values.put("activity", "Permainan tanya jawab");
        values.put("target", "Kelompok klien disabilitas fisik");
        values.put("goal", "Melatih keberanian berbicara");
        values.put("method", "GROUP_WORK");
        values.put("technique", "Dinamika kelompok");
        values.put("process", "Perkenalan, permainan peran, refleksi");
        values.put("result", "Klien mulai berani menyampaikan pendapat");
        return values;
    }

    private long groupSessionsBy(String username) {
        return jdbc.sql("select count(*) from casework.group_session where created_by = :user")
                .param("user", username).query(Long.class).single();
    }

    @Test
    void oneGroupSessionIsWrittenIntoEveryAttendingCaseAtOnce() {
        long present = fixtures.planned("Ani Wulandari", null);
        long absent = fixtures.planned("Budi Santoso", null);
        KesosUser peksos = user("peksos");
        assertThat(groupSessions.choices(peksos)).extracting(AttendeeChoice::caseId).contains(present, absent);

        groupSessions.record(peksos, session(LocalDate.now().minusDays(3)), List.of(
                new GroupAttendance(present, true, null), new GroupAttendance(absent, false, "Sakit")));

        assertThat(cases.sessions(peksos, present)).singleElement().satisfies(s -> {
            assertThat(s.group()).isTrue();
            assertThat(s.present()).isTrue();
            assertThat(s.attendees()).isEqualTo(1);
            assertThat(s.technique()).isEqualTo("Dinamika kelompok");
            assertThat(s.startTime()).hasToString("09:00");
        });
        assertThat(cases.sessions(peksos, absent)).singleElement().satisfies(s -> {
            assertThat(s.present()).isFalse();
            assertThat(s.note()).isEqualTo("Sakit");
        });
        assertThat(cases.stage(peksos, present, Stage.PELAKSANAAN).view().state()).isEqualTo(StageState.IN_PROGRESS);
        assertThat(cases.timeline(peksos, present)).extracting(TimelineItem::kind).contains("GROUP_SESSION");
        assertThat(cases.timeline(peksos, absent)).extracting(TimelineItem::kind).contains("GROUP_SESSION_ABSENT");

        assertThatThrownBy(() -> cases.complete(peksos, absent, Stage.PELAKSANAAN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("casework.entries.required"));
        cases.complete(peksos, present, Stage.PELAKSANAAN);
        assertThat(cases.stage(peksos, present, Stage.PELAKSANAAN).view().state()).isEqualTo(StageState.COMPLETED);

        cases.addEntry(peksos, absent, Stage.PELAKSANAAN, Map.of("session_date", LocalDate.now().minusDays(5)
                .toString(), "activity", "Konseling", "target", "Klien", "goal", "Konseling", "method", "CASE_WORK", "technique", "Ventilasi",
                "process", "Klien bercerita", "result", "Klien lega"));
        assertThat(cases.sessions(peksos, absent)).extracting(SessionRecord::group).containsExactly(false, true);
    }

    @Test
    void aGroupSessionTheClientWasPresentAtCountsAsARecentSession() {
        long present = fixtures.planned("Citra Dewi", null);
        long absent = fixtures.planned("Dedi Kurniawan", null);
        KesosUser peksos = user("peksos");
        groupSessions.record(peksos, session(LocalDate.now().minusDays(3)), List.of(
                new GroupAttendance(present, true, null), new GroupAttendance(absent, false, null)));
        jdbc.sql("""
                update casework.case_stage set started_at = now() - interval '30 days'
                 where case_id in (:a, :b) and stage = 'PELAKSANAAN'
                """).param("a", present).param("b", absent).update();

        assertThat(worklists.myCases(peksos)).filteredOn(c -> c.id() == present).singleElement()
                .satisfies(c -> assertThat(c.due()).doesNotContain(DueSignal.NO_RECENT_SESSION));
        assertThat(worklists.myCases(peksos)).filteredOn(c -> c.id() == absent).singleElement()
                .satisfies(c -> assertThat(c.due()).contains(DueSignal.NO_RECENT_SESSION));
    }

    @Test
    void aCaseThatCannotTakeTheSessionRefusesItForAllAndNothingIsWritten() {
        long ready = fixtures.planned("Eka Putri", null);
        long early = fixtures.open("peksos", "Fajar Nugroho", null);
        long elsewhere = fixtures.open("peksos2", "Gita Lestari", null);
        KesosUser peksos = user("peksos");
        long before = groupSessionsBy("peksos");
        assertThat(groupSessions.choices(peksos)).extracting(AttendeeChoice::caseId).contains(ready)
                .doesNotContain(early, elsewhere);

        assertThatThrownBy(() -> groupSessions.record(peksos, session(LocalDate.now()), List.of(
                new GroupAttendance(ready, true, null), new GroupAttendance(early, true, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("casework.group.notChoosable"));
        assertThatThrownBy(() -> groupSessions.record(peksos, session(LocalDate.now()), List.of(
                new GroupAttendance(ready, true, null), new GroupAttendance(elsewhere, true, null))))
                .isInstanceOf(NotFoundException.class);
        Map<String, String> incomplete = session(LocalDate.now());
        incomplete.remove("result");
        assertThatThrownBy(() -> groupSessions.record(peksos, incomplete, List.of(
                new GroupAttendance(ready, false, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactlyInAnyOrder("values[result]", "attendance"));

        assertThat(groupSessionsBy("peksos")).isEqualTo(before);
        assertThat(cases.sessions(peksos, ready)).isEmpty();
        assertThat(cases.stage(peksos, ready, Stage.PELAKSANAAN).view().state()).isEqualTo(StageState.NOT_STARTED);
    }

    @Test
    void aSensitiveCaseIsChosenOnlyByItsTeam() {
        long sensitive = fixtures.planned("Hana Safitri", Sensitivity.VIOLENCE);
        long ordinary = fixtures.planned("Indra Wijaya", null);

        assertThat(groupSessions.choices(user("peksos"))).extracting(AttendeeChoice::caseId)
                .contains(sensitive, ordinary);
        assertThat(groupSessions.choices(user("supervisor"))).extracting(AttendeeChoice::caseId)
                .contains(ordinary).doesNotContain(sensitive);
        assertThat(groupSessions.choices(user("kepala"))).extracting(AttendeeChoice::caseId)
                .doesNotContain(sensitive, ordinary);
    }

    @Test
    void theFormShowsWhatIsWrongWithA400AndACaseOfAnotherUnitIsNotFound() throws Exception {
        long ready = fixtures.planned("Joko Susilo", null);
        long elsewhere = fixtures.open("peksos2", "Kartika Sari", null);
        var peksos = SecurityMockMvcRequestPostProcessors.user(principals.loadUserByUsername("peksos"));

        mvc.perform(post("/cases/group-sessions").with(peksos).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("values[session_date]", "2024-09-16").param("values[target]", "Kelompok")
                        .param("attendance[" + ready + "]", "ABSENT"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Pilih sedikitnya satu klien yang hadir.")))
                .andExpect(content().string(containsString("wajib diisi")));
        mvc.perform(post("/cases/group-sessions").with(peksos).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .params(form(session(LocalDate.now())))
                        .param("attendance[" + ready + "]", "PRESENT").param("attendance[" + elsewhere + "]", "PRESENT"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cases/group-sessions").with(peksos).with(SecurityMockMvcRequestPostProcessors.csrf())
                        .params(form(session(LocalDate.now())))
                        .param("attendance[" + ready + "]", "PRESENT").param("notes[" + ready + "]", "Aktif"))
                .andExpect(status().isFound());
        assertThat(cases.sessions(user("peksos"), ready)).singleElement()
                .satisfies(s -> assertThat(s.note()).isEqualTo("Aktif"));
    }

    private static MultiValueMap<String, String> form(Map<String, String> values) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        values.forEach((key, value) -> form.add("values[" + key + "]", value));
        return form;
    }
}
