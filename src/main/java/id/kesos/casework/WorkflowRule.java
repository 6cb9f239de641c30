package id.kesos.casework;

/** The rules of the ATENSI workflow a step can break; each has an Indonesian message. */
public enum WorkflowRule {
    /** A closed case is read-only. */
    CASE_CLOSED,
    /** A stage it needs is neither completed nor skipped. */
    PREREQUISITE_OPEN,
    /** The stage is completed or skipped already. */
    STAGE_DONE,
    /** Only a stage in progress can be completed. */
    STAGE_NOT_IN_PROGRESS,
    /** A stage waiting for its approval cannot be changed. */
    STAGE_AWAITING_APPROVAL,
    /** Only a stage waiting for approval can be approved or rejected. */
    NO_APPROVAL_REQUESTED,
    /** Approving, rejecting and skipping are a supervisor's. */
    SUPERVISOR_ONLY,
    /** Whoever asked for an approval cannot give it. */
    OWN_REQUEST,
    /** Consent, plan and termination are never skipped. */
    NOT_SKIPPABLE,
    /** A skip, a rejection or an early termination needs a written reason. */
    REASON_MISSING,
    /** The termination has begun already. */
    TERMINATION_BEGUN,
    /** The referral's status does not allow the step (see {@link ReferralFlow}). */
    REFERRAL_STEP,
    /** A finished service referral needs its outcome written down. */
    OUTCOME_MISSING;

    /** The key of the rule's message in the message bundles. */
    public String messageKey() {
        return "casework.rule." + name();
    }
}
