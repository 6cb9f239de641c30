package id.kesos.registry;

import java.time.LocalDate;

/**
 * One line of the verification worklist: the NIK is masked as in every list.
 *
 * @param verifiedAt the day of the last verification, or null when the record was never verified
 */
public record DuePerson(long id, String maskedNik, String name, LocalDate birthDate, String regionCode,
        VerificationStatus status, LocalDate verifiedAt) {}
