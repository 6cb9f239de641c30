package id.kesos.casework;

import java.util.Locale;

/** Case numbers read like the units' own: the unit's initials, the year and a count, e.g. {@code STS-2024-0042}. */
final class CaseNumbers {

    private CaseNumbers() {}

    /** Up to three initials of the unit's name, titles such as "Prof." and "Dr." left out. */
    static String prefix(String unitName) {
        StringBuilder prefix = new StringBuilder();
        for (String word : unitName.replaceAll("[\"'()]", " ").strip().split("\\s+")) {
            if (prefix.length() == 3) {
                break;
            }
            if (!word.isEmpty() && !word.endsWith(".") && Character.isLetter(word.charAt(0))) {
                prefix.append(word.charAt(0));
            }
        }
        return prefix.isEmpty() ? "KSS" : prefix.toString().toUpperCase(Locale.ROOT);
    }
}
