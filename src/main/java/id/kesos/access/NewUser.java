package id.kesos.access;

/** What an administrator enters to create a user. */
public record NewUser(String username, String fullName, String email, Role role, long unitId, String password) {}
