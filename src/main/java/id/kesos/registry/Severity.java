package id.kesos.registry;

/** An error refuses the record; a warning stores it and flags it for verification. */
public enum Severity {
    ERROR, WARNING
}
