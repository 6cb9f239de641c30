package id.kesos.registry;

import java.time.LocalDate;
import java.util.List;

/** A person as the registry holds them, with the current family (KK) membership. */
public record PersonView(long id, String nik, String name, String birthPlace, LocalDate birthDate, Sex sex,
        String religion, String education, String occupation, String maritalStatus, String disability,
        String regionCode, String address, String rt, String rw, Long monthlyIncome, String kk,
        Relationship relationship, List<ProblemCode> warnings, VerificationStatus verificationStatus,
        LocalDate verifiedAt, boolean active, InactiveReason inactiveReason, long registeredByUnit, int version) {

    public String maskedNik() {
        return new Nik(nik).masked();
    }

    /** The input that would store this person unchanged: the start of an edit form. */
    public PersonInput input() {
        return new PersonInput(nik, kk, name, birthPlace, birthDate.toString(), sex.name(),
                relationship == null ? null : relationship.name(), religion, education, occupation, maritalStatus,
                disability, regionCode, address, rt, rw, monthlyIncome == null ? null : monthlyIncome.toString());
    }
}
