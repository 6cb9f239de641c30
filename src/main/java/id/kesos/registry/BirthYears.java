package id.kesos.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Resolves two-digit years: the latest century first, as long as the person is not over 120. */
final class BirthYears {

    static final int MAX_AGE = 120;

    private BirthYears() {}

    /** The four-digit years a two-digit year may stand for, the most recent first. */
    static List<Integer> candidates(int twoDigitYear, LocalDate today) {
        int century = today.getYear() / 100 * 100;
        List<Integer> years = new ArrayList<>(2);
        for (int year = century + twoDigitYear; year >= century - 200; year -= 100) {
            if (year <= today.getYear() && year >= today.getYear() - MAX_AGE - 1) {
                years.add(year);
            }
        }
        return years;
    }
}
