package id.kesos.casework;

/** A step on a referral after it was requested. */
public enum ReferralStep {
    /** The receiving unit's supervisor or head takes it on. */
    ACCEPT,
    /** The receiving unit's supervisor or head declines it, saying why. */
    REJECT,
    /** The receiving unit records the service as given, with its outcome. */
    FINISH,
    /** The sending unit withdraws it, saying why. */
    REVOKE
}
