package id.kesos.casework;

/**
 * How a user reaches a case. The unit holding it works it; a unit it was transferred away from
 * reads, without writing, the case file as it handed it over; a unit serving it on an accepted
 * referral reads the case's summary and records the outcome of its service on the referral.
 */
public enum CaseReach {
    HOLDER, FORMER_HOLDER, SERVICE_PARTNER
}
