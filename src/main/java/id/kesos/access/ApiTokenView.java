package id.kesos.access;

import java.time.Instant;

/** A personal API token as its owner sees it later: never the secret itself. */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
