package id.kesos.registry;

/**
 * What can be wrong with a registry record. The NIK's own date, sex and region are warnings only:
 * the civil registry never corrects a NIK, so refusing it would exclude a real person.
 */
public enum ProblemCode {
    NIK_LENGTH(Severity.ERROR),
    NIK_DIGITS(Severity.ERROR),
    NIK_BIRTHDATE_INVALID(Severity.ERROR),
    NIK_SERIAL_ZERO(Severity.ERROR),
    NIK_DUPLICATE(Severity.ERROR),
    KK_INVALID(Severity.ERROR),
    REGION_UNKNOWN(Severity.ERROR),
    REGION_OUTSIDE_SCOPE(Severity.ERROR),
    NAME_MISSING(Severity.ERROR),
    BIRTHDATE_INVALID(Severity.ERROR),
    BIRTHDATE_FUTURE(Severity.ERROR),
    SEX_INVALID(Severity.ERROR),
    RELATIONSHIP_INVALID(Severity.ERROR),
    VALUE_TOO_LONG(Severity.ERROR),
    INCOME_INVALID(Severity.ERROR),
    STALE_VERSION(Severity.ERROR),
    DECILE_INVALID(Severity.ERROR),
    NIK_REGION_UNKNOWN(Severity.WARNING),
    NIK_BIRTHDATE_MISMATCH(Severity.WARNING),
    NIK_SEX_MISMATCH(Severity.WARNING);

    private final Severity severity;

    ProblemCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The key of the Indonesian (and English) message in the bundles. */
    public String messageKey() {
        return "registry.problem." + name();
    }
}
