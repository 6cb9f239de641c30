package id.kesos.casework;

import java.time.Instant;
import java.util.List;

/**
 * A case as its page shows it. For a sensitive case the user may not open, {@code restricted} is
 * true and the client, team and stages are left out: the user learns only that the case exists.
 * A former holder sees the team and stages it handed over; a unit serving the case on a referral
 * sees no stages ({@code reach}).
 */
public record CaseView(long id, String caseNumber, long unitId, long personId, String clientName, String initials,
        ServiceBase serviceBase, String cluster, String category, CaseStatus status, Stage currentStage,
        Sensitivity sensitivity, Long previousCaseId, Instant openedAt, String openedBy, Instant closedAt,
        int version, List<TeamMember> team, List<StageView> stages, boolean restricted, CaseReach reach) {

    /** True when the user's unit holds the case and may work it (as far as the team allows). */
    public boolean held() {
        return reach == CaseReach.HOLDER;
    }

    public boolean sensitive() {
        return sensitivity != null;
    }

    public boolean closed() {
        return status == CaseStatus.CLOSED;
    }

    public StageView stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }

    /** The workflow as the stages stand. */
    public CaseWorkflow workflow() {
        return CaseWorkflow.of(status, stages);
    }
}
