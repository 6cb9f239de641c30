package id.kesos.platform;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A search over the audit log. Null fields do not filter. {@code unitIds} limits the result to
 * entries of those units (the reader's scope); null means all units.
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, AuditAction action, String entityType,
        String entityId, Collection<Long> unitIds) {}
