package id.kesos.casework;

/** An open case is worked; a closed one is read-only and can only be followed by a new case. */
public enum CaseStatus {
    OPEN, CLOSED
}
