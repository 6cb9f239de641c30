package id.kesos.access;

import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 32 random bytes; only its SHA-256 digest is stored, which is
 * enough for a secret of that strength and lets a request be checked with one indexed lookup.
 */
@Service
public class ApiTokens {

    static final String ENTITY = "API_TOKEN";
    private static final String PREFIX = "kesos_";
    private static final int MAX_ACTIVE_TOKENS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ApiTokens(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional
    public IssuedToken issue(long userId, String name, Duration validity) {
        String label = name == null || name.isBlank() ? "token" : name.strip();
        if (label.length() > 100) {
            throw new InvalidInputException("name", "token.name.tooLong");
        }
        long active = jdbc.sql("""
                select count(*) from access.api_token
                 where user_id = :user and revoked_at is null and (expires_at is null or expires_at > now())
                """).param("user", userId).query(Long.class).single();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw new InvalidInputException("name", "token.tooMany", MAX_ACTIVE_TOKENS);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = validity == null ? null : Instant.now().plus(validity);
        long id = jdbc.sql("""
                insert into access.api_token (user_id, name, token_hash, token_prefix, expires_at)
                values (:user, :name, :hash, :prefix, :expires) returning id
                """)
                .param("user", userId)
                .param("name", label)
                .param("hash", digest(secret))
                .param("prefix", secret.substring(0, PREFIX.length() + 4))
                .param("expires", expires == null ? null : Timestamp.from(expires))
                .query(Long.class).single();
        audit.record(AuditAction.CREATE, ENTITY, id, "token \"" + label + "\"");
        return new IssuedToken(find(userId, id).orElseThrow(), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list(long userId) {
        return jdbc.sql("select * from access.api_token where user_id = :user order by created_at desc, id desc")
                .param("user", userId).query(ApiTokens::map).list();
    }

    @Transactional
    public void revoke(long userId, long tokenId) {
        int changed = jdbc.sql("""
                update access.api_token set revoked_at = now()
                 where id = :id and user_id = :user and revoked_at is null
                """).param("id", tokenId).param("user", userId).update();
        if (changed == 0) {
            throw new NotFoundException(ENTITY, tokenId);
        }
        audit.record(AuditAction.UPDATE, ENTITY, tokenId, "token dicabut");
    }

    /**
     * The owner of a usable token, noting its use; empty for an unknown, revoked or expired one.
     * The use is noted to the minute, as the token list shows it: writing it on every request made
     * every API call a write transaction, waiting for its commit to reach the disk.
     */
    @Transactional
    public Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                with token as (
                  select id, user_id, last_used_at from access.api_token
                   where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now())),
                noted as (
                  update access.api_token t set last_used_at = now()
                    from token
                   where t.id = token.id
                     and (token.last_used_at is null or token.last_used_at < now() - interval '1 minute'))
                select user_id from token
                """).param("hash", digest(secret)).query(Long.class).optional();
    }

    private Optional<ApiTokenView> find(long userId, long id) {
        return jdbc.sql("select * from access.api_token where id = :id and user_id = :user")
                .param("id", id).param("user", userId).query(ApiTokens::map).optional();
    }

    private static ApiTokenView map(ResultSet rs, int rowNum) throws SQLException {
        return new ApiTokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String digest(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
