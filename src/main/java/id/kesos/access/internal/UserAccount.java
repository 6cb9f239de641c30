package id.kesos.access.internal;

import id.kesos.access.Role;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A user account. Sign-in counters are changed by {@link UserAccountRepository} statements. */
@Table(schema = "access", name = "user_account")
public record UserAccount(@Id Long id, String username, String fullName, String email, String passwordHash,
        Role role, Long unitId, boolean active, int failedAttempts, Instant lockedUntil, Instant lastLoginAt,
        Instant previousLoginAt, Instant passwordChangedAt, Instant createdAt, Instant updatedAt, @Version Integer version) {

    public static UserAccount create(String username, String fullName, String email, String passwordHash, Role role,
            long unitId) {
        Instant now = Instant.now();
        return new UserAccount(null, username, fullName, email, passwordHash, role, unitId, true, 0, null, null, null,
                now, now, now, null);
    }

    public UserAccount withDetails(String fullName, String email, Role role, long unitId, int expectedVersion) {
        return new UserAccount(id, username, fullName, email, passwordHash, role, unitId, active, failedAttempts,
                lockedUntil, lastLoginAt, previousLoginAt, passwordChangedAt, createdAt, Instant.now(), expectedVersion);
    }

    public UserAccount withActive(boolean active) {
        return new UserAccount(id, username, fullName, email, passwordHash, role, unitId, active, failedAttempts,
                lockedUntil, lastLoginAt, previousLoginAt, passwordChangedAt, createdAt, Instant.now(), version);
    }

    public UserAccount withPasswordHash(String passwordHash) {
        Instant now = Instant.now();
        return new UserAccount(id, username, fullName, email, passwordHash, role, unitId, active, failedAttempts,
                lockedUntil, lastLoginAt, previousLoginAt, now, createdAt, now, version);
    }

    public UserAccount unlocked() {
        return new UserAccount(id, username, fullName, email, passwordHash, role, unitId, active, 0, null,
                lastLoginAt, previousLoginAt, passwordChangedAt, createdAt, Instant.now(), version);
    }
}
