package id.kesos.casework;

/**
 * What a referral asks of the receiving unit: a service while the case stays where it is, or to
 * take the case over.
 */
public enum ReferralKind {
    SERVICE, TRANSFER
}
