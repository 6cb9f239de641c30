package id.kesos.access;

/** What an administrator may change on an existing user. */
public record UserChanges(String fullName, String email, Role role, long unitId) {}
