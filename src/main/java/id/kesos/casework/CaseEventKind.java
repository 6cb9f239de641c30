package id.kesos.casework;

/** What happened to a case, as its timeline and audit log say. */
public enum CaseEventKind {
    OPENED, STAGE_STARTED, STAGE_COMPLETED, APPROVAL_REQUESTED, APPROVED, REJECTED, SKIPPED, TERMINATED_EARLY,
    CLOSED, TEAM_CHANGED, ATTACHED
}
