package id.kesos.registry;

import java.time.LocalDate;

/** One line of a person list: the NIK is masked, opening the record shows (and audits) the rest. */
public record PersonListItem(long id, String maskedNik, String name, LocalDate birthDate, Sex sex,
        String regionCode, VerificationStatus verificationStatus, boolean active, double score) {}
