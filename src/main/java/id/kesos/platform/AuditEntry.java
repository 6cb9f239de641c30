package id.kesos.platform;

import java.time.Instant;

/** One row of the audit log as read back for browsing. */
public record AuditEntry(long id, Instant occurredAt, String actor, Long unitId, AuditAction action,
        String entityType, String entityId, String summary, String remoteAddr) {}
