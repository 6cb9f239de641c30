package id.kesos.casework;

/** A team member's part in a case. */
public enum TeamRole {
    RESPONSIBLE, SUPERVISOR, STAFF
}
