package id.kesos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseWorkflowTest {

    /** A case whose stages before {@code stage} are completed and the rest not started. */
    private static CaseWorkflow doneUpTo(Stage stage) {
        Map<Stage, StageState> states = new EnumMap<>(Stage.class);
        for (Stage earlier : Stage.values()) {
            if (earlier.compareTo(stage) < 0) {
                states.put(earlier, StageState.COMPLETED);
            }
        }
        return new CaseWorkflow(CaseStatus.OPEN, states);
    }

    private static CaseWorkflow with(CaseWorkflow workflow, Stage stage, StageState state) {
        Map<Stage, StageState> states = new EnumMap<>(workflow.states());
        states.put(stage, state);
        return new CaseWorkflow(workflow.status(), states);
    }

    private static void refused(Runnable step, WorkflowRule rule, Stage stage) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(WorkflowViolation.class, violation -> {
            assertThat(violation.rule()).isEqualTo(rule);
            assertThat(violation.stage()).isEqualTo(stage);
        });
    }

    @Test
    void aNewCaseBeginsWithAccessOnly() {
        CaseWorkflow opened = CaseWorkflow.opened();
        assertThat(opened.edit(Stage.AKSES))
                .containsExactly(new StageChange(Stage.AKSES, StageState.NOT_STARTED, StageState.IN_PROGRESS));
        assertThat(opened.current()).isEqualTo(Stage.AKSES);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = "AKSES", mode = EnumSource.Mode.EXCLUDE)
    void noStageIsEnteredBeforeTheStagesItNeeds(Stage stage) {
        CaseWorkflow workflow = doneUpTo(stage);
        Stage needed = stage.requires().iterator().next();
        CaseWorkflow missing = with(workflow, needed, StageState.IN_PROGRESS);
        refused(() -> missing.edit(stage), WorkflowRule.PREREQUISITE_OPEN, needed);
        assertThat(workflow.edit(stage)).hasSize(1);
    }

    @Test
    void noPlanBeforeTheAssessmentUnlessASupervisorSkippedIt() {
        CaseWorkflow assessing = with(doneUpTo(Stage.RENCANA), Stage.ASESMEN, StageState.AWAITING_APPROVAL);
        refused(() -> assessing.edit(Stage.RENCANA), WorkflowRule.PREREQUISITE_OPEN, Stage.ASESMEN);

        CaseWorkflow skipped = with(doneUpTo(Stage.RENCANA), Stage.ASESMEN, StageState.SKIPPED);
        assertThat(skipped.edit(Stage.RENCANA)).hasSize(1);
    }

    @Test
    void noTerminationWithoutEvaluation() {
        CaseWorkflow evaluating = with(doneUpTo(Stage.TERMINASI), Stage.MONEV, StageState.IN_PROGRESS);
        refused(() -> evaluating.edit(Stage.TERMINASI), WorkflowRule.PREREQUISITE_OPEN, Stage.MONEV);
        refused(() -> with(evaluating, Stage.TERMINASI, StageState.IN_PROGRESS).complete(Stage.TERMINASI),
                WorkflowRule.PREREQUISITE_OPEN, Stage.MONEV);
    }

    @Test
    void supervisionRunsBesideTheImplementationAndClosesAfterIt() {
        CaseWorkflow implementing = with(doneUpTo(Stage.PELAKSANAAN), Stage.PELAKSANAAN, StageState.IN_PROGRESS);
        assertThat(implementing.edit(Stage.SUPERVISI)).hasSize(1);
        CaseWorkflow supervising = with(implementing, Stage.SUPERVISI, StageState.IN_PROGRESS);
        refused(() -> supervising.complete(Stage.SUPERVISI), WorkflowRule.PREREQUISITE_OPEN, Stage.PELAKSANAAN);
        assertThat(with(supervising, Stage.PELAKSANAAN, StageState.COMPLETED).complete(Stage.SUPERVISI))
                .containsExactly(new StageChange(Stage.SUPERVISI, StageState.IN_PROGRESS, StageState.COMPLETED));
    }

    @ParameterizedTest
    @EnumSource(Stage.class)
    void completingNeedsTheStageInProgressAndAnApprovalWhereTheStageAsksForOne(Stage stage) {
        CaseWorkflow notStarted = doneUpTo(stage);
        refused(() -> notStarted.complete(stage), WorkflowRule.STAGE_NOT_IN_PROGRESS, stage);

        CaseWorkflow working = with(notStarted, stage, StageState.IN_PROGRESS);
        if (stage == Stage.SUPERVISI) {
            working = with(working, Stage.PELAKSANAAN, StageState.COMPLETED);
        }
        StageState expected = List.of(Stage.ASESMEN, Stage.RENCANA, Stage.TERMINASI).contains(stage)
                ? StageState.AWAITING_APPROVAL : StageState.COMPLETED;
        assertThat(working.complete(stage)).containsExactly(new StageChange(stage, StageState.IN_PROGRESS, expected));
        CaseWorkflow done = with(working, stage, StageState.COMPLETED);
        refused(() -> done.complete(stage), WorkflowRule.STAGE_DONE, stage);
        refused(() -> done.edit(stage), WorkflowRule.STAGE_DONE, stage);
    }

    @Test
    void aStageAwaitingApprovalIsFrozenUntilASupervisorDecides() {
        CaseWorkflow waiting = with(doneUpTo(Stage.ASESMEN), Stage.ASESMEN, StageState.AWAITING_APPROVAL);
        refused(() -> waiting.edit(Stage.ASESMEN), WorkflowRule.STAGE_AWAITING_APPROVAL, Stage.ASESMEN);
        refused(() -> waiting.complete(Stage.ASESMEN), WorkflowRule.STAGE_AWAITING_APPROVAL, Stage.ASESMEN);
        refused(() -> waiting.approve(Stage.ASESMEN, false, false), WorkflowRule.SUPERVISOR_ONLY, Stage.ASESMEN);
        refused(() -> waiting.approve(Stage.ASESMEN, true, true), WorkflowRule.OWN_REQUEST, Stage.ASESMEN);
        refused(() -> waiting.reject(Stage.ASESMEN, true, false, " "), WorkflowRule.REASON_MISSING, Stage.ASESMEN);
        refused(() -> waiting.skip(Stage.ASESMEN, true, "tidak perlu"), WorkflowRule.STAGE_AWAITING_APPROVAL,
                Stage.ASESMEN);

        assertThat(waiting.approve(Stage.ASESMEN, true, false))
                .containsExactly(new StageChange(Stage.ASESMEN, StageState.AWAITING_APPROVAL, StageState.COMPLETED));
        assertThat(waiting.reject(Stage.ASESMEN, true, false, "Lengkapi aspek spiritual"))
                .containsExactly(new StageChange(Stage.ASESMEN, StageState.AWAITING_APPROVAL, StageState.IN_PROGRESS));
    }

    @Test
    void onlyARequestedApprovalCanBeDecided() {
        CaseWorkflow working = with(doneUpTo(Stage.RENCANA), Stage.RENCANA, StageState.IN_PROGRESS);
        refused(() -> working.approve(Stage.RENCANA, true, false), WorkflowRule.NO_APPROVAL_REQUESTED, Stage.RENCANA);
        refused(() -> working.reject(Stage.RENCANA, true, false, "x"), WorkflowRule.NO_APPROVAL_REQUESTED,
                Stage.RENCANA);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"ENGAGEMENT", "ASESMEN", "CC1", "PELAKSANAAN", "SUPERVISI", "CC2",
        "MONEV", "PASCA"})
    void aSupervisorMaySkipTheseStagesWithAReason(Stage stage) {
        CaseWorkflow workflow = doneUpTo(stage);
        assertThat(workflow.skip(stage, true, "Klien rujukan lanjutan, asesmen dari Dinas Sosial"))
                .containsExactly(new StageChange(stage, StageState.NOT_STARTED, StageState.SKIPPED));
        assertThat(with(workflow, stage, StageState.IN_PROGRESS).skip(stage, true, "alasan")).hasSize(1);
        refused(() -> workflow.skip(stage, false, "alasan"), WorkflowRule.SUPERVISOR_ONLY, stage);
        refused(() -> workflow.skip(stage, true, ""), WorkflowRule.REASON_MISSING, stage);
        refused(() -> workflow.skip(stage, true, null), WorkflowRule.REASON_MISSING, stage);
        refused(() -> with(workflow, stage, StageState.SKIPPED).skip(stage, true, "lagi"), WorkflowRule.STAGE_DONE,
                stage);
        Stage needed = stage.requires().iterator().next();
        refused(() -> with(workflow, needed, StageState.IN_PROGRESS).skip(stage, true, "alasan"),
                WorkflowRule.PREREQUISITE_OPEN, needed);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"AKSES", "KONTRAK", "RENCANA", "TERMINASI"})
    void consentPlanAndTerminationAreNeverSkipped(Stage stage) {
        refused(() -> doneUpTo(stage).skip(stage, true, "alasan"), WorkflowRule.NOT_SKIPPABLE, stage);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"TERMINASI", "PASCA"}, mode = EnumSource.Mode.EXCLUDE)
    void anEarlyTerminationIsPossibleFromAnyStage(Stage stage) {
        CaseWorkflow workflow = with(doneUpTo(stage), stage, StageState.IN_PROGRESS);
        List<StageChange> changes = workflow.terminateEarly("Klien meminta pulang");

        CaseWorkflow after = workflow.apply(changes);
        for (Stage earlier : Stage.values()) {
            if (earlier.compareTo(Stage.TERMINASI) < 0) {
                assertThat(after.state(earlier).done()).as(earlier.name()).isTrue();
            }
        }
        assertThat(after.state(stage)).isEqualTo(StageState.SKIPPED);
        assertThat(after.state(Stage.TERMINASI)).isEqualTo(StageState.IN_PROGRESS);
        assertThat(after.current()).isEqualTo(Stage.TERMINASI);
        refused(() -> workflow.terminateEarly(" "), WorkflowRule.REASON_MISSING, Stage.TERMINASI);
        refused(() -> after.terminateEarly("lagi"), WorkflowRule.TERMINATION_BEGUN, Stage.TERMINASI);
    }

    @Test
    void theCaseClosesWhenAfterCareIsDoneAndIsReadOnlyThen() {
        CaseWorkflow caring = with(doneUpTo(Stage.PASCA), Stage.PASCA, StageState.IN_PROGRESS);
        CaseWorkflow closed = caring.apply(caring.complete(Stage.PASCA));
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);

        refused(() -> closed.edit(Stage.PASCA), WorkflowRule.CASE_CLOSED, Stage.PASCA);
        refused(() -> closed.terminateEarly("x"), WorkflowRule.CASE_CLOSED, Stage.TERMINASI);
        CaseWorkflow closedMidway = new CaseWorkflow(CaseStatus.CLOSED, Map.of(Stage.AKSES, StageState.IN_PROGRESS));
        refused(() -> closedMidway.complete(Stage.AKSES), WorkflowRule.CASE_CLOSED, Stage.AKSES);
        refused(() -> closedMidway.skip(Stage.ENGAGEMENT, true, "x"), WorkflowRule.CASE_CLOSED, Stage.ENGAGEMENT);
        assertThat(closedMidway.mayEnter(Stage.AKSES)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(StageState.class)
    void anAttachmentGoesToAStageInAnyStateWhileTheCaseIsOpen(StageState state) {
        CaseWorkflow workflow = with(doneUpTo(Stage.KONTRAK), Stage.KONTRAK, state);
        List<StageChange> changes = workflow.attach(Stage.KONTRAK);
        if (state == StageState.NOT_STARTED) {
            assertThat(changes).containsExactly(
                    new StageChange(Stage.KONTRAK, StageState.NOT_STARTED, StageState.IN_PROGRESS));
        } else {
            assertThat(changes).isEmpty();
        }
        CaseWorkflow closed = new CaseWorkflow(CaseStatus.CLOSED, workflow.states());
        refused(() -> closed.attach(Stage.KONTRAK), WorkflowRule.CASE_CLOSED, Stage.KONTRAK);
        refused(() -> CaseWorkflow.opened().attach(Stage.ASESMEN), WorkflowRule.PREREQUISITE_OPEN, Stage.KONTRAK);
    }

    @Test
    void skippingAfterCareClosesTheCaseToo() {
        CaseWorkflow terminated = doneUpTo(Stage.PASCA);
        assertThat(terminated.apply(terminated.skip(Stage.PASCA, true, "Klien meninggal dunia")).status())
                .isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void initialsAndCaseNumbersReadLikeTheSeeds() {
        assertThat(Initials.of("Umi Sholikhah")).isEqualTo("US");
        assertThat(Initials.of("  ahmad  s. wijaya ")).isEqualTo("ASW");
        assertThat(CaseNumbers.prefix("Sentra Terpadu \"Prof. Dr. Soeharso\" Surakarta")).isEqualTo("STS");
        assertThat(CaseNumbers.prefix("Dinas Sosial Kabupaten Boyolali")).isEqualTo("DSK");
    }

    @Test
    void aStageMayBeEditedExactlyWhenEditingItIsNotRefused() {
        CaseWorkflow planned = doneUpTo(Stage.PELAKSANAAN);
        assertThat(planned.mayEdit(Stage.PELAKSANAAN)).isTrue();
        assertThat(with(planned, Stage.PELAKSANAAN, StageState.IN_PROGRESS).mayEdit(Stage.PELAKSANAAN)).isTrue();
        for (CaseWorkflow refused : List.of(with(planned, Stage.RENCANA, StageState.AWAITING_APPROVAL),
                with(planned, Stage.PELAKSANAAN, StageState.COMPLETED),
                with(planned, Stage.PELAKSANAAN, StageState.SKIPPED),
                new CaseWorkflow(CaseStatus.CLOSED, planned.states()))) {
            assertThat(refused.mayEdit(Stage.PELAKSANAAN)).isFalse();
            assertThatThrownBy(() -> refused.edit(Stage.PELAKSANAAN)).isInstanceOf(WorkflowViolation.class);
        }
    }
}
