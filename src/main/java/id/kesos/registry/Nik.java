package id.kesos.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The parts of a 16-digit NIK: the district where it was first issued (province 2, regency 2,
 * district 2 digits), the birth date as DDMMYY with 40 added to the day for women, and a serial.
 *
 * @param value the 16 digits
 */
public record Nik(String value) {

    public Nik {
        if (!sixteenDigits(value)) {
            throw new IllegalArgumentException("A NIK has 16 digits");
        }
    }

    /** True for 16 ASCII digits, the form of a NIK and of a KK number. */
    static boolean sixteenDigits(String value) {
        if (value == null || value.length() != 16) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The district code in the region list's form, e.g. {@code 33.09.11}. */
    public String districtCode() {
        return value.substring(0, 2) + "." + value.substring(2, 4) + "." + value.substring(4, 6);
    }

    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** The day as written, 41-71 for women. */
    public int rawDay() {
        return twoDigits(6);
    }

    public int month() {
        return twoDigits(8);
    }

    public int twoDigitYear() {
        return twoDigits(10);
    }

    private int twoDigits(int at) {
        return (value.charAt(at) - '0') * 10 + value.charAt(at + 1) - '0';
    }

    public String serial() {
        return value.substring(12);
    }

    /** The sex the NIK states: P when 40 was added to the day, L when the day is a plain 1-31. */
    public Optional<Sex> sex() {
        int day = rawDay();
        if (day >= 1 && day <= 31) {
            return Optional.of(Sex.L);
        }
        if (day >= 41 && day <= 71) {
            return Optional.of(Sex.P);
        }
        return Optional.empty();
    }

    /**
     * The birth date the NIK encodes, its two-digit year resolved to the century that makes the
     * person born no later than {@code today} and not older than 120; empty when the digits are no
     * calendar date in any such century.
     */
    public Optional<LocalDate> birthDate(LocalDate today) {
        int day = rawDay() > 40 ? rawDay() - 40 : rawDay();
        LocalDate oldest = today.minusYears(BirthYears.MAX_AGE);
        for (int year : BirthYears.candidates(twoDigitYear(), today)) {
            Optional<LocalDate> date = date(year, month(), day);
            if (date.isPresent() && !date.get().isAfter(today) && !date.get().isBefore(oldest)) {
                return date;
            }
        }
        return Optional.empty();
    }

    /** The NIK with its middle hidden, e.g. {@code 3309**********01}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
