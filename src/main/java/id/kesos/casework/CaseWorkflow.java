package id.kesos.casework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that knows the ATENSI workflow: given where a case's stages stand, it says which
 * stages a step moves, or which rule the step breaks. It changes nothing itself; the case service
 * writes what it answers, with the audit entry, in one transaction.
 *
 * @param status the case's status
 * @param states every stage's state; a stage missing from the map has not started
 */
public record CaseWorkflow(CaseStatus status, Map<Stage, StageState> states) {

    public CaseWorkflow {
        EnumMap<Stage, StageState> all = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            all.put(stage, states.getOrDefault(stage, StageState.NOT_STARTED));
        }
        states = Collections.unmodifiableMap(all);
    }

    /** The workflow as a case's stages stand. */
    public static CaseWorkflow of(CaseStatus status, List<StageView> stages) {
        Map<Stage, StageState> states = new EnumMap<>(Stage.class);
        stages.forEach(stage -> states.put(stage.stage(), stage.state()));
        return new CaseWorkflow(status, states);
    }

    /** A new case: nothing started. */
    public static CaseWorkflow opened() {
        return new CaseWorkflow(CaseStatus.OPEN, Map.of());
    }

    public StageState state(Stage stage) {
        return states.get(stage);
    }

    /** The first stage in workflow order that is not done; after-care when all are. */
    public Stage current() {
        for (Stage stage : Stage.values()) {
            if (!state(stage).done()) {
                return stage;
            }
        }
        return Stage.PASCA;
    }

    /** True when the stage may be entered now: the case is open and every stage it needs is done. */
    public boolean mayEnter(Stage stage) {
        return status == CaseStatus.OPEN && missing(stage.requires()) == null;
    }

    /** True when writing into the stage is allowed now, that is when {@link #edit} would not refuse. */
    public boolean mayEdit(Stage stage) {
        return mayEnter(stage) && (state(stage) == StageState.NOT_STARTED || state(stage) == StageState.IN_PROGRESS);
    }

    /** Writing into a stage: enters it when it has not started, and keeps it in progress. */
    public List<StageChange> edit(Stage stage) {
        requireOpen(stage);
        return switch (state(stage)) {
            case NOT_STARTED -> {
                requireDone(stage.requires());
                yield List.of(new StageChange(stage, StageState.NOT_STARTED, StageState.IN_PROGRESS));
            }
            case IN_PROGRESS -> List.of();
            case AWAITING_APPROVAL -> throw new WorkflowViolation(WorkflowRule.STAGE_AWAITING_APPROVAL, stage);
            case COMPLETED, SKIPPED -> throw new WorkflowViolation(WorkflowRule.STAGE_DONE, stage);
        };
    }

    /**
     * Attaching a scan or a photo to a stage: allowed in any state while the case is open, since a
     * signed paper is often scanned after its stage is done; a stage not begun is entered, as
     * writing into it would.
     */
    public List<StageChange> attach(Stage stage) {
        requireOpen(stage);
        return state(stage) == StageState.NOT_STARTED ? edit(stage) : List.of();
    }

    /** Completing a stage in progress; a stage that needs approval waits for it instead. */
    public List<StageChange> complete(Stage stage) {
        requireOpen(stage);
        requireState(stage, StageState.IN_PROGRESS);
        requireDone(stage.requires());
        requireDone(stage.requiresToComplete());
        StageState next = stage.needsApproval() ? StageState.AWAITING_APPROVAL : StageState.COMPLETED;
        return List.of(new StageChange(stage, StageState.IN_PROGRESS, next));
    }

    /** A supervisor approves what someone else asked to approve. */
    public List<StageChange> approve(Stage stage, boolean supervisor, boolean ownRequest) {
        requireDecision(stage, supervisor, ownRequest);
        return List.of(new StageChange(stage, StageState.AWAITING_APPROVAL, StageState.COMPLETED));
    }

    /** A supervisor sends the stage back to work, saying why. */
    public List<StageChange> reject(Stage stage, boolean supervisor, boolean ownRequest, String comment) {
        requireDecision(stage, supervisor, ownRequest);
        requireReason(stage, comment);
        return List.of(new StageChange(stage, StageState.AWAITING_APPROVAL, StageState.IN_PROGRESS));
    }

    /** A supervisor skips a skippable stage, with a written reason, once the stages it needs are done. */
    public List<StageChange> skip(Stage stage, boolean supervisor, String reason) {
        requireOpen(stage);
        if (!supervisor) {
            throw new WorkflowViolation(WorkflowRule.SUPERVISOR_ONLY, stage);
        }
        if (!stage.skippable()) {
            throw new WorkflowViolation(WorkflowRule.NOT_SKIPPABLE, stage);
        }
        requireReason(stage, reason);
        StageState from = state(stage);
        if (from.done()) {
            throw new WorkflowViolation(WorkflowRule.STAGE_DONE, stage);
        }
        if (from == StageState.AWAITING_APPROVAL) {
            throw new WorkflowViolation(WorkflowRule.STAGE_AWAITING_APPROVAL, stage);
        }
        requireDone(stage.requires());
        return List.of(new StageChange(stage, from, StageState.SKIPPED));
    }

    /**
     * Ends the case early from wherever it stands: every stage before the termination that is not
     * done is skipped with the reason, and the termination begins.
     */
    public List<StageChange> terminateEarly(String reason) {
        requireOpen(Stage.TERMINASI);
        requireReason(Stage.TERMINASI, reason);
        if (state(Stage.TERMINASI).begun()) {
            throw new WorkflowViolation(WorkflowRule.TERMINATION_BEGUN, Stage.TERMINASI);
        }
        List<StageChange> changes = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (stage == Stage.TERMINASI) {
                break;
            }
            if (!state(stage).done()) {
                changes.add(new StageChange(stage, state(stage), StageState.SKIPPED));
            }
        }
        changes.add(new StageChange(Stage.TERMINASI, StageState.NOT_STARTED, StageState.IN_PROGRESS));
        return changes;
    }

    /** The workflow after the changes; the case closes once after-care is done. */
    public CaseWorkflow apply(List<StageChange> changes) {
        EnumMap<Stage, StageState> next = new EnumMap<>(states);
        changes.forEach(change -> next.put(change.stage(), change.to()));
        CaseStatus nextStatus = next.get(Stage.PASCA).done() ? CaseStatus.CLOSED : status;
        return new CaseWorkflow(nextStatus, next);
    }

    private void requireOpen(Stage stage) {
        if (status != CaseStatus.OPEN) {
            throw new WorkflowViolation(WorkflowRule.CASE_CLOSED, stage);
        }
    }

    private void requireState(Stage stage, StageState expected) {
        StageState actual = state(stage);
        if (actual == expected) {
            return;
        }
        if (actual.done()) {
            throw new WorkflowViolation(WorkflowRule.STAGE_DONE, stage);
        }
        throw new WorkflowViolation(actual == StageState.AWAITING_APPROVAL && expected == StageState.IN_PROGRESS
                ? WorkflowRule.STAGE_AWAITING_APPROVAL : WorkflowRule.STAGE_NOT_IN_PROGRESS, stage);
    }

    private void requireDone(Set<Stage> required) {
        Stage open = missing(required);
        if (open != null) {
            throw new WorkflowViolation(WorkflowRule.PREREQUISITE_OPEN, open);
        }
    }

    private Stage missing(Set<Stage> required) {
        for (Stage stage : Stage.values()) {
            if (required.contains(stage) && !state(stage).done()) {
                return stage;
            }
        }
        return null;
    }

    private void requireDecision(Stage stage, boolean supervisor, boolean ownRequest) {
        requireOpen(stage);
        if (!supervisor) {
            throw new WorkflowViolation(WorkflowRule.SUPERVISOR_ONLY, stage);
        }
        if (state(stage) != StageState.AWAITING_APPROVAL) {
            throw new WorkflowViolation(WorkflowRule.NO_APPROVAL_REQUESTED, stage);
        }
        if (ownRequest) {
            throw new WorkflowViolation(WorkflowRule.OWN_REQUEST, stage);
        }
    }

    private static void requireReason(Stage stage, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowViolation(WorkflowRule.REASON_MISSING, stage);
        }
    }
}
