package id.kesos.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log. {@link #record} joins the caller's transaction, so an entry is
 * stored exactly when the change it describes is; {@link #recordAlone} commits on its own, for
 * events whose surrounding work fails (a denied request, a failed login).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the signed-in user, if any. */
    @Transactional
    public void record(AuditAction action, String entityType, Object entityId, String summary) {
        record(currentActor(), action, entityType, entityId, summary);
    }

    /** Records an action of the given user, for services that are handed the user explicitly. */
    @Transactional
    public void record(Actor actor, AuditAction action, String entityType, Object entityId, String summary) {
        insert(actor == null ? null : actor.username(), actor == null ? null : actor.unitId(),
                action, entityType, entityId, summary);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditAction action, String entityType, Object entityId, String summary) {
        record(currentActor(), action, entityType, entityId, summary);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(Actor actor, AuditAction action, String entityType, Object entityId, String summary) {
        record(actor, action, entityType, entityId, summary);
    }

    /** For events before anyone is signed in, such as a login attempt. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFor(String username, Long unitId, AuditAction action, String summary) {
        insert(username, unitId, action, "USER", username, summary);
    }

    private void insert(String actor, Long unitId, AuditAction action, String entityType, Object entityId,
            String summary) {
        jdbc.sql("""
                insert into platform.audit_log (actor, unit_id, action, entity_type, entity_id, summary, remote_addr)
                values (:actor, :unit, :action, :type, :entity, :summary, :addr)
                """)
                .param("actor", truncate(actor, 100))
                .param("unit", unitId)
                .param("action", action.name())
                .param("type", entityType)
                .param("entity", entityId == null ? null : truncate(entityId.toString(), 100))
                .param("summary", truncate(summary, 2000))
                .param("addr", remoteAddress())
                .update();
    }

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", filter.from().atStartOfDay(KesosClock.ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", filter.to().plusDays(1).atStartOfDay(KesosClock.ZONE).toOffsetDateTime());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("lower(actor) = lower(:actor)");
            params.put("actor", filter.actor().strip());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.add("entity_type = :entityType");
            params.put("entityType", filter.entityType().strip().toUpperCase());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.add("entity_id = :entityId");
            params.put("entityId", filter.entityId().strip());
        }
        if (filter.unitIds() != null) {
            where.add("unit_id = any(:units)");
            params.put("units", filter.unitIds().toArray(Long[]::new));
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from platform.audit_log" + condition)
                .params(params).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select * from platform.audit_log" + condition
                        + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(AuditLog::map)
                .list();
        return new Page<>(items, page, size, total);
    }

    private static AuditEntry map(ResultSet rs, int rowNum) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.wasNull() ? null : unit, AuditAction.valueOf(rs.getString("action")),
                rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("summary"),
                rs.getString("remote_addr"));
    }

    private static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Actor actor ? actor : null;
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
