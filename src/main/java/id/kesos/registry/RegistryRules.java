package id.kesos.registry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one place that judges a person record, for forms, the API and the import alike. It knows
 * the region list through two predicates so that an import can check a million rows against
 * codes held in memory. Checks that need other records (a NIK already taken) are the callers'.
 */
public final class RegistryRules {

    static final int NAME_MAX = 150;
    static final int PLACE_MAX = 100;
    static final int ADDRESS_MAX = 200;
    static final int CODE_MAX = 40;

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final List<DateTimeFormatter> ISO_THEN_DAY_FIRST = List.of(ISO, DAY_FIRST);
    private static final List<DateTimeFormatter> DAY_FIRST_THEN_ISO = List.of(DAY_FIRST, ISO);

    private final Predicate<String> villageExists;
    private final Predicate<String> districtExists;

    public RegistryRules(Predicate<String> villageExists, Predicate<String> districtExists) {
        this.villageExists = villageExists;
        this.districtExists = districtExists;
    }

    public CheckedPerson check(PersonInput input, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String name = trimmed(input.nama());
        if (name == null) {
            problems.add(new Problem(ProblemCode.NAME_MISSING, "nama"));
        }
        LocalDate birthDate = birthDate(input.tanggalLahir(), today, problems);
        Sex sex = Sex.parse(input.jenisKelamin());
        if (sex == null) {
            problems.add(new Problem(ProblemCode.SEX_INVALID, "jenis_kelamin"));
        }
        String nik = nik(input.nik(), birthDate, sex, today, problems);
        String kk = trimmed(input.noKk());
        if (kk != null && !Nik.sixteenDigits(kk)) {
            problems.add(new Problem(ProblemCode.KK_INVALID, "no_kk"));
        }
        Relationship relationship = Relationship.parse(input.hubunganKeluarga());
        if (relationship == null && trimmed(input.hubunganKeluarga()) != null) {
            problems.add(new Problem(ProblemCode.RELATIONSHIP_INVALID, "hubungan_keluarga"));
        }
        String regionCode = trimmed(input.kodeWilayah());
        if (regionCode == null || !villageExists.test(regionCode)) {
            problems.add(new Problem(ProblemCode.REGION_UNKNOWN, "kode_wilayah"));
        }
        Long income = income(input.penghasilanBulanan(), problems);
        checkLengths(input, problems);
        return new CheckedPerson(input, List.copyOf(problems), nik, kk, name, birthDate, sex, relationship,
                regionCode, income);
    }

    private LocalDate birthDate(String raw, LocalDate today, List<Problem> problems) {
        String value = trimmed(raw);
        Optional<LocalDate> date = parseDate(value);
        if (date.isEmpty()) {
            problems.add(new Problem(ProblemCode.BIRTHDATE_INVALID, "tanggal_lahir"));
            return null;
        }
        if (date.get().isAfter(today)) {
            problems.add(new Problem(ProblemCode.BIRTHDATE_FUTURE, "tanggal_lahir"));
            return null;
        }
        if (date.get().isBefore(today.minusYears(BirthYears.MAX_AGE))) {
            problems.add(new Problem(ProblemCode.BIRTHDATE_INVALID, "tanggal_lahir"));
            return null;
        }
        return date.get();
    }

    /**
     * A date written YYYY-MM-DD or DD-MM-YYYY, and only a real calendar date. No text fits both
     * layouts; the one its third character points to is tried first, as a failed parse costs an
     * exception (a file's day-first dates made one per row).
     */
    static Optional<LocalDate> parseDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        boolean dayFirst = value.length() > 2 && value.charAt(2) == '-';
        for (DateTimeFormatter format : dayFirst ? DAY_FIRST_THEN_ISO : ISO_THEN_DAY_FIRST) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            } catch (DateTimeParseException e) {
                // try the next layout
            }
        }
        return Optional.empty();
    }

    private String nik(String raw, LocalDate birthDate, Sex sex, LocalDate today, List<Problem> problems) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() != 16) {
            problems.add(new Problem(ProblemCode.NIK_LENGTH, "nik"));
            return null;
        }
        if (!Nik.sixteenDigits(value)) {
            problems.add(new Problem(ProblemCode.NIK_DIGITS, "nik"));
            return null;
        }
        Nik nik = new Nik(value);
        boolean valid = true;
        if (nik.sex().isEmpty() || nik.birthDate(today).isEmpty()) {
            problems.add(new Problem(ProblemCode.NIK_BIRTHDATE_INVALID, "nik"));
            valid = false;
        }
        if (nik.serial().equals("0000")) {
            problems.add(new Problem(ProblemCode.NIK_SERIAL_ZERO, "nik"));
            valid = false;
        }
        if (!valid) {
            return null;
        }
        if (!districtExists.test(nik.districtCode())) {
            problems.add(new Problem(ProblemCode.NIK_REGION_UNKNOWN, "nik"));
        }
        if (birthDate != null && !sameDate(nik, birthDate)) {
            problems.add(new Problem(ProblemCode.NIK_BIRTHDATE_MISMATCH, "nik"));
        }
        if (sex != null && nik.sex().get() != sex) {
            problems.add(new Problem(ProblemCode.NIK_SEX_MISMATCH, "nik"));
        }
        return value;
    }

    private static boolean sameDate(Nik nik, LocalDate birthDate) {
        int day = nik.rawDay() > 40 ? nik.rawDay() - 40 : nik.rawDay();
        return day == birthDate.getDayOfMonth() && nik.month() == birthDate.getMonthValue()
                && nik.twoDigitYear() == birthDate.getYear() % 100;
    }

    private static Long income(String raw, List<Problem> problems) {
        String value = trimmed(raw);
        if (value == null) {
            return null;
        }
        try {
            long income = Long.parseLong(value.replace(".", ""));
            if (income >= 0) {
                return income;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(ProblemCode.INCOME_INVALID, "penghasilan_bulanan"));
        return null;
    }

    private static void checkLengths(PersonInput input, List<Problem> problems) {
        tooLong(input.nama(), NAME_MAX, "nama", problems);
        tooLong(input.tempatLahir(), PLACE_MAX, "tempat_lahir", problems);
        tooLong(input.alamat(), ADDRESS_MAX, "alamat", problems);
        tooLong(input.agama(), CODE_MAX, "agama", problems);
        tooLong(input.pendidikan(), CODE_MAX, "pendidikan", problems);
        tooLong(input.pekerjaan(), CODE_MAX, "pekerjaan", problems);
        tooLong(input.statusPerkawinan(), CODE_MAX, "status_perkawinan", problems);
        tooLong(input.disabilitas(), CODE_MAX, "disabilitas", problems);
        tooLong(input.rt(), 3, "rt", problems);
        tooLong(input.rw(), 3, "rw", problems);
    }

    private static void tooLong(String value, int max, String field, List<Problem> problems) {
        if (value != null && value.strip().length() > max) {
            problems.add(new Problem(ProblemCode.VALUE_TOO_LONG, field));
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
