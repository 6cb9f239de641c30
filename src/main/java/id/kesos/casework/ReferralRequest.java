package id.kesos.casework;

/**
 * A referral of a case to another unit, as the referral form sends it.
 *
 * @param toUnitId        the receiving unit
 * @param kind            a service, or a transfer of the case
 * @param purpose         the service asked for, or why the case is transferred
 * @param consentOverride a supervisor's reason to refer although the client did not consent to sharing
 */
public record ReferralRequest(Long toUnitId, ReferralKind kind, String purpose, String consentOverride) {}
