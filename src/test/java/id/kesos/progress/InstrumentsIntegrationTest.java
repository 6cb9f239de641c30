package id.kesos.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.platform.InvalidInputException;
import id.kesos.registry.Persons;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class InstrumentsIntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    Instruments instruments;

    @Autowired
    CaseProgress progress;

    @Autowired
    Cases cases;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private KesosUser account(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    private static InstrumentDraft draft(String code, String name, String secondItem) {
        return new InstrumentDraft(code, name, "Kemandirian", null, Scoring.SUM, Direction.HIGHER_BETTER,
                List.of(new InstrumentDraft.ItemDraft("Saya mengurus keperluan saya sendiri", "Perilaku", false),
                        new InstrumentDraft.ItemDraft(secondItem, "Emosi", true)),
                List.of(new InstrumentDraft.OptionDraft("Tidak", 0), new InstrumentDraft.OptionDraft("Kadang", 1),
                        new InstrumentDraft.OptionDraft("Ya", 2)));
    }

    private Instrument created() {
        String code = "UJI-" + SERIAL.incrementAndGet();
        return instruments.create(account("admin"), draft(code, "Skala kemandirian", "Saya mudah marah"));
    }

    @Test
    void onlyAdministratorsAddAnInstrumentAndABadOneIsRefusedWhole() {
        long before = instruments.all().size();
        assertThatThrownBy(() -> instruments.create(account("peksos"), draft("UJI-X", "Skala", "Saya mudah marah")))
                .isInstanceOf(AccessDeniedException.class);
        Instrument existing = created();
        assertThatThrownBy(() -> instruments.create(account("admin"), new InstrumentDraft(existing.code(), "", "Kemandirian",
                null, Scoring.SUM, null, List.of(), List.of(new InstrumentDraft.OptionDraft("Ya", 1)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .contains("progress.value.required", "progress.instrument.items.none",
                                "progress.instrument.options.few", "progress.instrument.code.taken"));
        assertThat(instruments.all()).hasSize((int) before + 1);
    }

    @Test
    void aVersionNobodyTookIsChangedInPlaceAndATakenOneKeepsItsContentForItsMeasurements() {
        Instrument instrument = created();
        Instrument edited = instruments.save(account("admin"), instrument.id(), instrument.version(),
                draft(instrument.code(), instrument.name(), "Saya cepat marah"));
        assertThat(edited.current().number()).isEqualTo(1);
        assertThat(edited.current().items().get(1).text()).isEqualTo("Saya cepat marah");

        ProgressFixtures fixtures = new ProgressFixtures(new CaseFixtures(cases, persons, principals), cases);
        long caseId = fixtures.planning("Ayu Lestari");
        long indicator = progress.addIndicator(account("peksos"), caseId, new IndicatorDraft(IndicatorKind.INSTRUMENT,
                instrument.id(), "Emosi", null, null, null, TargetKind.IMPROVEMENT, BigDecimal.ONE));
        // "Ya" on the reversed item "quick to anger" counts as 0: the aspect Emosi scores 0.
        progress.take(account("peksos"), caseId, indicator, Phase.BASELINE, edited.current().id(), LocalDate.of(2024, 9, 9),
                java.util.Map.of(1, 3, 2, 3), null);

        Instrument renamed = instruments.save(account("admin"), instrument.id(), edited.version(),
                draft(instrument.code(), "Skala kemandirian klien", "Saya cepat marah"));
        assertThat(renamed.current().number()).as("a new name is no new version").isEqualTo(1);
        Instrument changed = instruments.save(account("admin"), instrument.id(), renamed.version(),
                draft(instrument.code(), renamed.name(), "Saya dapat menenangkan diri"));

        assertThat(changed.current().number()).isEqualTo(2);
        assertThat(changed.currentTaken()).isFalse();
        assertThat(instruments.history(instrument.id())).extracting(VersionUse::number, VersionUse::taken)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 0L), org.assertj.core.groups.Tuple.tuple(1, 1L));
        Measurement baseline = progress.outcomes(caseId).get(0).measurements().get(0);
        assertThat(baseline.versionNumber()).isEqualTo(1);
        assertThat(baseline.value()).isEqualTo(0);
        assertThat(jdbc.sql("select text from progress.version_item where version_id = :v and position = 2")
                .param("v", edited.current().id()).query(String.class).single()).isEqualTo("Saya cepat marah");

        // Neither a stale edit, nor a form of the old version, nor a direct update changes what was taken.
        assertThatThrownBy(() -> instruments.save(account("admin"), instrument.id(), renamed.version(),
                draft(instrument.code(), renamed.name(), "Lagi")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("progress.instrument.stale"));
        assertThatThrownBy(() -> progress.take(account("peksos"), caseId, indicator, Phase.BASELINE,
                edited.current().id(), LocalDate.of(2024, 9, 10), java.util.Map.of(1, 3, 2, 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("progress.instrument.changed"));
        assertThatThrownBy(() -> jdbc.sql("update progress.version_item set text = 'x' where version_id = :v")
                .param("v", edited.current().id()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theAdministratorsScreensAreForAdministratorsAndShowTheNewVersion() throws Exception {
        mvc.perform(get("/admin/instruments").with(user(account("peksos")))).andExpect(status().isForbidden());
        String list = mvc.perform(get("/admin/instruments").with(user(account("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Daftar Periksa Kepercayaan Diri (aspek Lauster)");

        String code = "UJI-WEB-" + SERIAL.incrementAndGet();
        String refused = mvc.perform(post("/admin/instruments").with(csrf()).with(user(account("admin")))
                        .param("code", code).param("name", "Skala uji").param("measures", "Kemandirian")
                        .param("scoring", "SUM").param("direction", "HIGHER_BETTER")
                        .param("items[0].text", "").param("items[0].aspect", "")
                        .param("items[1].text", "Saya mandiri").param("items[1].aspect", "")
                        .param("options[0].label", "Ya").param("options[0].value", "1")
                        .param("options[1].label", "Tidak").param("options[1].value", "0"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("name=\"items[1].aspect\"").contains("Wajib diisi.");
        assertThat(instruments.all()).noneMatch(i -> i.code().equals(code));

        mvc.perform(post("/admin/instruments").with(csrf()).with(user(account("admin")))
                        .param("code", code).param("name", "Skala uji").param("measures", "Kemandirian")
                        .param("scoring", "MEAN").param("direction", "LOWER_BETTER")
                        .param("items[0].text", "").param("items[0].aspect", "")
                        .param("items[1].text", "Saya bergantung pada orang lain").param("items[1].aspect", "Perilaku")
                        .param("items[1].reversed", "true")
                        .param("options[0].label", "Ya").param("options[0].value", "1")
                        .param("options[1].label", "Tidak").param("options[1].value", "0"))
                .andExpect(status().is3xxRedirection());
        Instrument saved = instruments.all().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        assertThat(saved.current().scoring()).isEqualTo(Scoring.MEAN);
        assertThat(saved.current().items()).containsExactly(
                new Item(1, "Saya bergantung pada orang lain", "Perilaku", true));
    }
}
