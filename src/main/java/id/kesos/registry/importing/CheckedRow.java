package id.kesos.registry.importing;

import id.kesos.registry.CheckedPerson;
import id.kesos.registry.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A row after every check: the person as the rules read it and all problems found, in order. */
final class CheckedRow {

    /** One problem of a row; the code is a {@link id.kesos.registry.ProblemCode} or an import's own. */
    record RowProblem(String code, Severity severity, String field) {}

    private final int line;
    private final CheckedPerson person;
    private final String nameKey;
    private final List<RowProblem> problems;

    CheckedRow(int line, CheckedPerson person, String nameKey, List<RowProblem> problems) {
        this.line = line;
        this.person = person;
        this.nameKey = nameKey;
        this.problems = new ArrayList<>(problems);
    }

    int line() {
        return line;
    }

    CheckedPerson person() {
        return person;
    }

    /** The spelling-tolerant key of the name, as {@code registry.person.name_key} keeps it. */
    String nameKey() {
        return nameKey;
    }

    List<RowProblem> problems() {
        return problems;
    }

    /** Adds a problem found after the row's own checks (a NIK seen on an earlier row). */
    void add(RowProblem problem) {
        problems.add(problem);
    }

    boolean hasErrors() {
        return has(Severity.ERROR);
    }

    boolean hasWarnings() {
        return has(Severity.WARNING);
    }

    private boolean has(Severity severity) {
        for (RowProblem problem : problems) {
            if (problem.severity() == severity) {
                return true;
            }
        }
        return false;
    }

    /** The warning codes as {@code registry.person.warnings} keeps them, or null. */
    String warnings() {
        if (!hasWarnings()) {
            return null;
        }
        return problems.stream().filter(problem -> problem.severity() == Severity.WARNING)
                .map(RowProblem::code).distinct().collect(Collectors.joining(","));
    }
}
