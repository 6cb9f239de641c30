package id.kesos.casework.internal;

import id.kesos.casework.CaseStatus;
import id.kesos.casework.ReferralFlow;
import id.kesos.casework.ReferralKind;
import id.kesos.casework.ReferralStatus;
import java.time.Instant;

/** A row of {@code casework.referral}, with the number, sensitivity and status of its case. */
public record ReferralRow(long id, long caseId, String caseNumber, boolean sensitive, CaseStatus caseStatus,
        long fromUnitId, long toUnitId, ReferralKind kind, ReferralStatus status, String purpose, String clientName,
        String consentOverride, Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy,
        String decisionComment, Instant doneAt, String doneBy, String outcome, Instant revokedAt, String revokedBy,
        String revokeReason, int version) {

    public ReferralFlow flow() {
        return new ReferralFlow(kind, status, caseStatus);
    }
}
