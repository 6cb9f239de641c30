package id.kesos.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A person input after the rules: its problems and, where they parsed, its typed values. It may
 * be stored only when it has no error.
 */
public record CheckedPerson(PersonInput input, List<Problem> problems, String nik, String kk, String name,
        LocalDate birthDate, Sex sex, Relationship relationship, String regionCode, Long monthlyIncome) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(problem -> !problem.isError());
    }

    /** The province of the address, else of the NIK: every registry row carries one. */
    public String provinceCode() {
        if (regionCode != null && regionCode.length() >= 2) {
            return regionCode.substring(0, 2);
        }
        return nik == null ? null : nik.substring(0, 2);
    }
}
