package id.kesos.casework;

import java.time.Instant;
import java.util.List;

/**
 * A case as the worklists show it. A sensitive case the user may not open shows neither client
 * name nor initials.
 */
public record CaseSummary(long id, String caseNumber, long personId, String clientName, String initials,
        Stage currentStage, StageState currentState, CaseStatus status, boolean sensitive, boolean restricted,
        Instant openedAt, Instant stageSince, String responsible, List<DueSignal> due) {}
