package id.kesos.casework;

import java.time.Instant;

/**
 * A referral as the case page and the referral worklists show it, with who took each step and
 * when, and the steps the user may take now.
 */
public record ReferralView(long id, long caseId, String caseNumber, String clientName, boolean sensitive,
        ReferralKind kind, ReferralStatus status, String fromUnit, String toUnit, String purpose,
        String consentOverride, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
        String decisionComment, String doneBy, Instant doneAt, String outcome, String revokedBy, Instant revokedAt,
        String revokeReason, int version, boolean mayDecide, boolean mayFinish, boolean mayRevoke) {}
