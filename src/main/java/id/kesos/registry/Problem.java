package id.kesos.registry;

/** One problem of a record, with the field (import column name) it concerns. */
public record Problem(ProblemCode code, String field) {

    public Severity severity() {
        return code.severity();
    }

    public boolean isError() {
        return code.severity() == Severity.ERROR;
    }
}
