package id.kesos.assessment;

import id.kesos.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a whole figure's input, so that the worker sees every problem at once. */
final class InputProblems {

    private final List<InvalidInputException.Problem> problems = new ArrayList<>();

    /** The text stripped, or null when blank; a problem when it is missing but required, or too long. */
    String text(String field, String value, int maxLength, boolean required) {
        String stripped = value == null ? null : value.strip();
        if (stripped == null || stripped.isEmpty()) {
            if (required) {
                add(field, "assessment.value.required");
            }
            return null;
        }
        if (stripped.length() > maxLength) {
            problems.add(new InvalidInputException.Problem(field, "assessment.value.tooLong", maxLength));
        }
        return stripped;
    }

    /** The option named by the value, or null with a problem when it names none. */
    <E extends Enum<E>> E choice(String field, String value, Class<E> options) {
        for (E option : options.getEnumConstants()) {
            if (option.name().equals(value)) {
                return option;
            }
        }
        add(field, "assessment.value.choice");
        return null;
    }

    void add(String field, String messageKey, Object... args) {
        problems.add(new InvalidInputException.Problem(field, messageKey, args));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
