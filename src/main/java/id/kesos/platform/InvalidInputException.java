package id.kesos.platform;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * Input that breaks a rule only the service can check (an unknown region, a stale version).
 * Each problem names the form field and a message key; screens show it next to the field and
 * the API answers 400 with the messages.
 */
public class InvalidInputException extends RuntimeException {

    /** A field-bound problem; {@code field} is null for one that concerns the whole form. */
    public record Problem(String field, String messageKey, Object... args) {}

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("invalid input: " + problems.stream().map(Problem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Puts the problems on a form's binding result, next to their fields. */
    public void applyTo(Errors errors) {
        for (Problem problem : problems) {
            if (problem.field() == null) {
                errors.reject(problem.messageKey(), problem.args(), problem.messageKey());
            } else {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.args(), problem.messageKey());
            }
        }
    }
}
