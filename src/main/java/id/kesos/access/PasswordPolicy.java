package id.kesos.access;

import java.util.Optional;

/** The rule for new passwords: 10 to 64 characters, not the username. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; 64 characters keeps multi-byte passwords inside that. */
    public static final int MAX_LENGTH = 64;

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        return Optional.of(password).filter(String::isBlank).map(blank -> "password.blank");
    }
}
