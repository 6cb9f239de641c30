package id.kesos.registry;

import java.util.List;

/** A person record refused for its errors; warnings travel along so the form can show them too. */
public class RegistryProblemsException extends RuntimeException {

    private final List<Problem> problems;

    public RegistryProblemsException(List<Problem> problems) {
        super("person refused: " + problems.stream().map(problem -> problem.code().name()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
