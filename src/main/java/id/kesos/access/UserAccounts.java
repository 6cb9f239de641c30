package id.kesos.access;

import id.kesos.access.internal.StaleVersions;
import id.kesos.access.internal.UserAccount;
import id.kesos.access.internal.UserAccountRepository;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.ChangeSummary;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.platform.Page;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts within the administrator's scope. Users are never deleted: one who leaves is
 * deactivated, so everything they wrote keeps its author.
 */
@Service
public class UserAccounts {

    static final String ENTITY = "USER";

    private final UserAccountRepository users;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final AuditLog audit;

    UserAccounts(UserAccountRepository users, OrgUnits units, JdbcClient jdbc, PasswordEncoder passwordEncoder,
            FindByIndexNameSessionRepository<?> sessions, AuditLog audit) {
        this.users = users;
        this.units = units;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public UserView get(UnitScope scope, long id) {
        UserView user = findView(id);
        String unitPath = units.find(user.unitId()).map(OrgUnitView::path).orElse(null);
        if (!scope.contains(unitPath)) {
            audit.recordAlone(AuditAction.DENIED, ENTITY, id, "pengguna di luar cakupan");
            throw new NotFoundException(ENTITY, id);
        }
        return user;
    }

    /** Users of the units in scope whose username or name contains the query, by name. */
    @Transactional(readOnly = true)
    public Page<UserView> search(UnitScope scope, String query, Role role, Long unitId, int page, int size) {
        String condition = """
                 from access.user_account u join access.org_unit o on o.id = u.unit_id
                where o.path like :path || '%'
                  and (:query = '' or lower(u.username) like '%' || lower(:query) || '%'
                       or lower(u.full_name) like '%' || lower(:query) || '%')
                  and (cast(:role as varchar) is null or u.role = :role)
                  and (cast(:unit as bigint) is null or u.unit_id = :unit)
                """;
        Map<String, Object> params = new HashMap<>();
        params.put("path", scope.path());
        params.put("query", query == null ? "" : query.strip());
        params.put("role", role == null ? null : role.name());
        params.put("unit", unitId);
        long total = jdbc.sql("select count(*)" + condition).params(params).query(Long.class).single();
        List<UserView> items = jdbc.sql("select u.*, o.name as unit_name" + condition
                        + " order by u.full_name, u.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(UserAccounts::map).list();
        return new Page<>(items, page, size, total);
    }

    @Transactional
    public UserView create(UnitScope scope, NewUser command) {
        units.get(scope, command.unitId());
        String username = command.username().strip().toLowerCase();
        if (users.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "user.username.taken");
        }
        PasswordPolicy.problem(command.password(), username).ifPresent(key -> {
            throw new InvalidInputException("password", key);
        });
        UserAccount saved = users.save(UserAccount.create(username, command.fullName().strip(),
                blankToNull(command.email()), passwordEncoder.encode(command.password()), command.role(),
                command.unitId()));
        audit.record(AuditAction.CREATE, ENTITY, saved.id(), new ChangeSummary()
                .field("username", null, username).field("role", null, saved.role())
                .field("unitId", null, saved.unitId()).toString());
        return findView(saved.id());
    }

    @Transactional
    public UserView update(UnitScope scope, long id, UserChanges changes, int expectedVersion) {
        get(scope, id);
        units.get(scope, changes.unitId());
        UserAccount before = users.findById(id).orElseThrow();
        UserAccount after = StaleVersions.guard(() -> users.save(before.withDetails(changes.fullName().strip(),
                blankToNull(changes.email()), changes.role(), changes.unitId(), expectedVersion)));
        ChangeSummary summary = new ChangeSummary()
                .field("fullName", before.fullName(), after.fullName())
                .field("email", before.email(), after.email())
                .field("role", before.role(), after.role())
                .field("unitId", before.unitId(), after.unitId());
        if (!summary.isEmpty()) {
            audit.record(AuditAction.UPDATE, ENTITY, id, summary.toString());
            endSessions(before.username());
        }
        return findView(id);
    }

    @Transactional
    public void setActive(UnitScope scope, long id, boolean active, long actingUserId) {
        get(scope, id);
        if (id == actingUserId && !active) {
            throw new InvalidInputException(null, "user.deactivate.self");
        }
        UserAccount before = users.findById(id).orElseThrow();
        users.save(before.withActive(active));
        audit.record(AuditAction.UPDATE, ENTITY, id, new ChangeSummary().field("active", before.active(), active)
                .toString());
        if (!active) {
            endSessions(before.username());
        }
    }

    @Transactional
    public void unlock(UnitScope scope, long id) {
        get(scope, id);
        UserAccount before = users.findById(id).orElseThrow();
        users.save(before.unlocked());
        audit.record(AuditAction.UPDATE, ENTITY, id, "akun dibuka kembali");
    }

    /** An administrator sets a new password for a user in scope. */
    @Transactional
    public void resetPassword(UnitScope scope, long id, String newPassword) {
        get(scope, id);
        setPassword(id, newPassword);
    }

    /** A user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException(ENTITY, userId));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new InvalidInputException("currentPassword", "password.currentWrong");
        }
        setPassword(userId, newPassword);
    }

    private void setPassword(long id, String newPassword) {
        UserAccount before = users.findById(id).orElseThrow();
        PasswordPolicy.problem(newPassword, before.username()).ifPresent(key -> {
            throw new InvalidInputException("newPassword", key);
        });
        users.save(before.withPasswordHash(passwordEncoder.encode(newPassword)));
        audit.record(AuditAction.UPDATE, ENTITY, id, new ChangeSummary().secret("password", true).toString());
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    private UserView findView(long id) {
        return jdbc.sql("""
                select u.*, o.name as unit_name
                  from access.user_account u join access.org_unit o on o.id = u.unit_id
                 where u.id = :id
                """)
                .param("id", id)
                .query(UserAccounts::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private static UserView map(ResultSet rs, int rowNum) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        Timestamp previousLogin = rs.getTimestamp("previous_login_at");
        return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("email"), Role.valueOf(rs.getString("role")), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getBoolean("active"), locked == null ? null : locked.toInstant(),
                lastLogin == null ? null : lastLogin.toInstant(),
                previousLogin == null ? null : previousLogin.toInstant(), rs.getInt("version"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
