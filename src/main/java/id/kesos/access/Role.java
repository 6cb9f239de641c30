package id.kesos.access;

/** What a user does in Kesos; each user holds one role. */
public enum Role {
    ADMIN, KEPALA, SUPERVISOR, PEKSOS, PENDAMPING, TKSK, DINSOS, VIEWER;

    /** The authority Spring Security checks with {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
