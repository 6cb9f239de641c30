package id.kesos.access;

import java.time.Instant;

/**
 * A user account as screens show it; never carries the password hash. {@code previousLoginAt} is
 * the sign-in before the last one, shown to users so they notice a sign-in that was not theirs.
 */
public record UserView(long id, String username, String fullName, String email, Role role, long unitId,
        String unitName, boolean active, Instant lockedUntil, Instant lastLoginAt, Instant previousLoginAt,
        int version) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
