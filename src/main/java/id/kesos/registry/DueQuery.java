package id.kesos.registry;

/**
 * Filters of the verification worklist; null does not filter.
 *
 * @param regionCode a region of any level (province to village) the address lies in
 * @param status     the record's verification status
 */
public record DueQuery(String regionCode, VerificationStatus status) {}
