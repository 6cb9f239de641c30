package id.kesos.casework;

import java.util.Locale;

/** Printed reports name a client by initials, as the seeds do ("US"). */
public final class Initials {

    private Initials() {}

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("[\\s.'-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().toUpperCase(Locale.ROOT);
    }
}
