package id.kesos.casework;

import id.kesos.platform.InvalidInputException;
import java.util.Optional;

/**
 * The rules of a referral, like {@link CaseWorkflow} for the stages: given where a referral
 * stands, it says which status a step leads to, or which rule the step breaks. A referral is
 * requested; the receiving unit's supervisor or head accepts it or rejects it with a comment; a
 * service referral once accepted is finished by the receiving unit with its outcome; the sending
 * unit may revoke it while it is requested or, for a service, accepted. An accepted transfer is
 * final: the case belongs to the receiving unit, which can refer it back.
 *
 * @param kind       service or transfer
 * @param status     where the referral stands
 * @param caseStatus the status of the case referred
 */
public record ReferralFlow(ReferralKind kind, ReferralStatus status, CaseStatus caseStatus) {

    /** True while the referral binds the receiving unit: requested, or a service under way. */
    public boolean active() {
        return status == ReferralStatus.REQUESTED
                || status == ReferralStatus.ACCEPTED && kind == ReferralKind.SERVICE;
    }

    /** The status the step leads to from here, or empty when the step does not apply. */
    public Optional<ReferralStatus> after(ReferralStep step) {
        ReferralStatus next = switch (status) {
            case REQUESTED -> switch (step) {
                case ACCEPT -> ReferralStatus.ACCEPTED;
                case REJECT -> ReferralStatus.REJECTED;
                case REVOKE -> ReferralStatus.REVOKED;
                case FINISH -> null;
            };
            case ACCEPTED -> kind == ReferralKind.TRANSFER ? null : switch (step) {
                case FINISH -> ReferralStatus.DONE;
                case REVOKE -> ReferralStatus.REVOKED;
                case ACCEPT, REJECT -> null;
            };
            case REJECTED, DONE, REVOKED -> null;
        };
        return Optional.ofNullable(next);
    }

    /** The receiving unit takes the referral on; only while the case is open. */
    public ReferralStatus accept(boolean supervisor) {
        ReferralStatus next = next(ReferralStep.ACCEPT);
        if (caseStatus != CaseStatus.OPEN) {
            throw new WorkflowViolation(WorkflowRule.CASE_CLOSED, null);
        }
        requireSupervisor(supervisor);
        return next;
    }

    public ReferralStatus reject(boolean supervisor, String comment) {
        ReferralStatus next = next(ReferralStep.REJECT);
        requireSupervisor(supervisor);
        requireText(comment, WorkflowRule.REASON_MISSING);
        return next;
    }

    /** The receiving unit records the service as given; the outcome is written down. */
    public ReferralStatus finish(String outcome) {
        ReferralStatus next = next(ReferralStep.FINISH);
        requireText(outcome, WorkflowRule.OUTCOME_MISSING);
        return next;
    }

    public ReferralStatus revoke(String reason) {
        ReferralStatus next = next(ReferralStep.REVOKE);
        requireText(reason, WorkflowRule.REASON_MISSING);
        return next;
    }

    /**
     * The consent check of a new referral: sharing the client's data with another unit needs the
     * client's consent to sharing (the contract stage), or a supervisor's written reason to go on
     * without it.
     *
     * @return the supervisor's reason to keep with the referral, or null when the client consented
     * @throws InvalidInputException on the override field when neither is there, or when someone
     *                               other than a supervisor gives the reason
     */
    public static String consentOverride(boolean sharingConsent, boolean supervisor, String override) {
        if (sharingConsent) {
            return null;
        }
        boolean reasoned = override != null && !override.isBlank();
        if (reasoned && !supervisor) {
            throw new InvalidInputException("consentOverride", "casework.referral.overrideBySupervisor");
        }
        if (!reasoned) {
            throw new InvalidInputException("consentOverride", "casework.referral.consentMissing");
        }
        return override.strip();
    }

    private ReferralStatus next(ReferralStep step) {
        return after(step).orElseThrow(() -> new WorkflowViolation(WorkflowRule.REFERRAL_STEP, null));
    }

    private static void requireSupervisor(boolean supervisor) {
        if (!supervisor) {
            throw new WorkflowViolation(WorkflowRule.SUPERVISOR_ONLY, null);
        }
    }

    private static void requireText(String text, WorkflowRule missing) {
        if (text == null || text.isBlank()) {
            throw new WorkflowViolation(missing, null);
        }
    }
}
