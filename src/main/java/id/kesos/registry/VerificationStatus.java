package id.kesos.registry;

/** Where a person's record stands in the six-monthly verification. */
public enum VerificationStatus {
    UNVERIFIED, TO_VERIFY, VERIFIED, CORRECTED
}
