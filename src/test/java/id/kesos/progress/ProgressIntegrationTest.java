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
import id.kesos.casework.CaseDocument;
import id.kesos.casework.CaseDocuments;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.casework.WorkflowRule;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.Persons;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class ProgressIntegrationTest {

    private static final LocalDate BASELINE_DAY = LocalDate.of(2024, 9, 9);
    private static final LocalDate POST_DAY = LocalDate.of(2024, 10, 14);

    @Autowired
    CaseProgress progress;

    @Autowired
    Instruments instruments;

    @Autowired
    Cases cases;

    @Autowired
    CaseDocuments documents;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private ProgressFixtures fixtures;
    private Instrument lauster;

    @BeforeEach
    void setUp() {
        fixtures = new ProgressFixtures(new CaseFixtures(cases, persons, principals), cases);
        lauster = instruments.all().stream().filter(i -> i.code().equals("KPD-LAUSTER")).findFirst().orElseThrow();
    }

    private KesosUser peksos() {
        return fixtures.user("peksos");
    }

    private long confidenceIndicator(long caseId) {
        return progress.addIndicator(peksos(), caseId, new IndicatorDraft(IndicatorKind.INSTRUMENT, lauster.id(), null,
                null, null, null, TargetKind.LEVEL, new BigDecimal("36")));
    }

    private long take(long caseId, long indicator, Phase phase, LocalDate day, int option, int reversedOption) {
        return progress.take(peksos(), caseId, indicator, phase, lauster.current().id(), day,
                ProgressFixtures.answers(lauster.current(), option, reversedOption), null);
    }

    private long measurements(long indicator) {
        return jdbc.sql("select count(*) from progress.measurement where indicator_id = :id").param("id", indicator)
                .query(Long.class).single();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theSeededChecklistHasTwelveItemsInLaustersThreeAspects() {
        InstrumentVersion version = lauster.current();

        assertThat(version.items()).hasSize(12);
        assertThat(version.aspects()).containsExactly("Kemampuan pribadi", "Interaksi sosial", "Konsep diri");
        assertThat(version.items()).filteredOn(Item::reversed).extracting(Item::text)
                .anySatisfy(text -> assertThat(text).contains("malu bertanya"));
        assertThat(version.min(null)).isEqualTo(12);
        assertThat(version.max(null)).isEqualTo(48);
        assertThat(version.direction()).isEqualTo(Direction.HIGHER_BETTER);
    }

    @Test
    void aCaseWithABaselineAndAPostScoreShowsTheChangeOnTheEvaluationPageAndInTheReport() throws Exception {
        long id = fixtures.planning("Umi Sholikhah");
        long indicator = confidenceIndicator(id);
        // Baseline: mostly "Jarang", the reversed items "Sering" (which count as 2): 12 x 2 = 24.
        take(id, indicator, Phase.BASELINE, BASELINE_DAY, 2, 3);
        fixtures.approvePlan(id);
        take(id, indicator, Phase.DURING, LocalDate.of(2024, 9, 23), 3, 3);
        fixtures.implement(id);
        // Post: mostly "Sering", the reversed items "Jarang" (which count as 3): 12 x 3 = 36.
        take(id, indicator, Phase.POST, POST_DAY, 3, 2);

        IndicatorOutcome outcome = progress.outcomes(id).get(0);
        assertThat(outcome.measurements()).extracting(Measurement::value).containsExactly(24.0, 33.0, 36.0);
        assertThat(outcome.change()).isEqualTo(12);
        assertThat(outcome.percent()).isEqualTo(50);
        assertThat(outcome.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(outcome.reached()).isTrue();

        String page = mvc.perform(get("/cases/{id}/stages/monev", id).with(user(peksos())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kemajuan terukur", "Daftar Periksa Kepercayaan Diri (aspek Lauster)",
                "data-testid=\"progress-baseline\">24<", "data-testid=\"progress-post\">36<", "+12", "(+50%)",
                "Membaik", "data-testid=\"progress-reached\">Ya<", "<svg", "data-role=\"target\"");

        String report = text(documents.print(peksos(), id, CaseDocument.REPORT, null).pdf());
        String evaluation = report.substring(report.indexOf("4.5"));
        assertThat(evaluation).contains("Kemajuan terukur", "Daftar Periksa Kepercayaan Diri (aspek Lauster)",
                "Baseline", "Pasca intervensi", "24", "36", "+12 (+50%)", "Membaik", "Target: sekurang-kurangnya 36.",
                "09-09-2024", "14-10-2024");
    }

    @Test
    void aCountedBehaviourIsMeasuredAndReadInItsOwnDirection() {
        long id = fixtures.planning("Sri Wahyuni");
        long indicator = progress.addIndicator(peksos(), id, new IndicatorDraft(IndicatorKind.BEHAVIOUR, null, null,
                "Diam saja ketika ditanya teman", "kali per minggu", Direction.LOWER_BETTER, TargetKind.IMPROVEMENT,
                new BigDecimal("3")));
        progress.count(peksos(), id, indicator, Phase.BASELINE, BASELINE_DAY, new BigDecimal("6"), null);
        progress.count(peksos(), id, indicator, Phase.BASELINE, BASELINE_DAY.plusWeeks(1), new BigDecimal("5"), null);
        fixtures.approvePlan(id);
        fixtures.implement(id);
        progress.count(peksos(), id, indicator, Phase.POST, POST_DAY, new BigDecimal("2"), "Mulai menjawab");

        IndicatorOutcome outcome = progress.outcomes(id).get(0);
        assertThat(outcome.baseline()).isEqualTo(5.5);
        assertThat(outcome.change()).isEqualTo(-3.5);
        assertThat(outcome.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(outcome.targetLevel()).isEqualTo(2.5);
        assertThat(outcome.reached()).isTrue();
    }

    @Test
    void aFormWithAnItemUnansweredIsRefusedWholeAndNothingIsWritten() throws Exception {
        long id = fixtures.planning("Dewi Lestari");
        long indicator = confidenceIndicator(id);

        assertThatThrownBy(() -> progress.take(peksos(), id, indicator, Phase.BASELINE, lauster.current().id(),
                BASELINE_DAY, ProgressFixtures.answersWithout(lauster.current(), 3, 7), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("answers[3]", "answers[7]"));
        assertThatThrownBy(() -> progress.take(peksos(), id, indicator, Phase.BASELINE, lauster.current().id(),
                LocalDate.now().plusDays(2), ProgressFixtures.answers(lauster.current(), 2, 3), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> progress.count(peksos(), id, indicator, Phase.BASELINE, BASELINE_DAY, BigDecimal.ONE,
                null)).isInstanceOf(NotFoundException.class);

        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("measuredOn", "2024-09-09",
                "versionId", Long.toString(lauster.current().id())));
        ProgressFixtures.answersWithout(lauster.current(), 12).forEach((item, option) ->
                form.put("answers[" + item + "]", option.toString()));
        var request = post("/cases/{id}/progress/indicators/{i}/measurements", id, indicator).param("phase", "BASELINE")
                .with(csrf()).with(user(peksos()));
        form.forEach(request::param);
        String page = mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Pernyataan 12 belum dijawab.");
        assertThat(measurements(indicator)).isZero();
        assertThat(jdbc.sql("select count(*) from progress.answer a join progress.measurement m on m.id = a.measurement_id"
                + " where m.indicator_id = :id").param("id", indicator).query(Long.class).single()).isZero();
    }

    @Test
    void aMeasurementIsWrittenIntoTheStageOfItsPhaseAndRefusedOnceThatStageIsDone() throws Exception {
        long id = fixtures.planning("Rina Marlina");
        long indicator = confidenceIndicator(id);

        assertThatThrownBy(() -> take(id, indicator, Phase.POST, POST_DAY, 3, 2))
                .isInstanceOfSatisfying(WorkflowViolation.class,
                        e -> assertThat(e.rule()).isEqualTo(WorkflowRule.PREREQUISITE_OPEN));
        take(id, indicator, Phase.BASELINE, BASELINE_DAY, 2, 3);
        fixtures.approvePlan(id);

        assertThatThrownBy(() -> take(id, indicator, Phase.BASELINE, BASELINE_DAY, 2, 3))
                .isInstanceOfSatisfying(WorkflowViolation.class,
                        e -> assertThat(e.rule()).isEqualTo(WorkflowRule.STAGE_DONE));
        assertThatThrownBy(() -> progress.removeIndicator(peksos(), id, indicator))
                .isInstanceOf(WorkflowViolation.class);
        String refused = mvc.perform(post("/cases/{id}/progress/indicators/{i}/removal", id, indicator)
                        .with(csrf()).with(user(peksos())))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("data-testid=\"progress-refused\"");
        take(id, indicator, Phase.DURING, LocalDate.of(2024, 9, 23), 3, 3);
        assertThat(measurements(indicator)).isEqualTo(2);
        assertThat(cases.timeline(peksos(), id)).extracting(item -> item.note())
                .contains("Pengukuran awal (baseline)", "Pengukuran selama intervensi");
    }

    @Test
    void anotherSentraFindsNeitherTheProgressNorTheFormsOfTheCase() throws Exception {
        long id = fixtures.planning("Siti Aminah");
        long indicator = confidenceIndicator(id);
        take(id, indicator, Phase.BASELINE, BASELINE_DAY, 2, 3);
        KesosUser other = fixtures.user("peksos2");

        assertThatThrownBy(() -> progress.outcome(other, id, indicator)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.measuring(other, id, indicator, Phase.BASELINE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> confidenceIndicatorAs(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> progress.take(other, id, indicator, Phase.BASELINE, lauster.current().id(),
                BASELINE_DAY, ProgressFixtures.answers(lauster.current(), 2, 3), null))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/cases/{id}/progress/indicators/{i}/chart.svg", id, indicator).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}/progress/indicators/{i}/chart.svg", id, indicator).with(user(peksos())))
                .andExpect(status().isOk());
        assertThat(measurements(indicator)).isEqualTo(1);
    }

    private long confidenceIndicatorAs(KesosUser user, long caseId) {
        return progress.addIndicator(user, caseId, new IndicatorDraft(IndicatorKind.INSTRUMENT, lauster.id(), null,
                null, null, null, TargetKind.LEVEL, new BigDecimal("36")));
    }
}
