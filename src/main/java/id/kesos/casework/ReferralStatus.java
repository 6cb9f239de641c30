package id.kesos.casework;

/** Where a referral stands; {@link ReferralFlow} knows the steps between them. */
public enum ReferralStatus {
    REQUESTED, ACCEPTED, REJECTED, DONE, REVOKED
}
