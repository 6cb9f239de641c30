package id.kesos.platform;

/** What an audit entry records. */
public enum AuditAction {
    CREATE, UPDATE, VIEW, EXPORT, LOGIN, LOGIN_FAILED, LOGOUT, DENIED
}
