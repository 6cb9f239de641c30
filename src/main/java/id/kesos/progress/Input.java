package id.kesos.progress;

import id.kesos.platform.InvalidInputException;
import java.util.List;

/** The checks of typed text the module's drafts share. */
final class Input {

    private Input() {}

    /** The text without surrounding blanks, or null when nothing is left. */
    static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Adds a problem when a required text is missing or a text is longer than the column holds. */
    static void text(List<InvalidInputException.Problem> problems, String field, String value, int max,
            boolean required) {
        if (value == null && required) {
            problems.add(new InvalidInputException.Problem(field, "progress.value.required"));
        } else if (value != null && value.length() > max) {
            problems.add(new InvalidInputException.Problem(field, "progress.value.tooLong", max));
        }
    }
}
