package id.kesos.casework.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.casework.ApprovalView;
import id.kesos.casework.CaseEventKind;
import id.kesos.casework.CaseStatus;
import id.kesos.casework.Profession;
import id.kesos.casework.Sensitivity;
import id.kesos.casework.ServiceBase;
import id.kesos.casework.Stage;
import id.kesos.casework.StageEntry;
import id.kesos.casework.StageState;
import id.kesos.casework.StageView;
import id.kesos.casework.TeamMember;
import id.kesos.casework.TeamRole;
import id.kesos.casework.TimelineItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of one case: its row, team, stages, records, approvals and events. */
@Repository
public class CaseTable {

    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CaseTable(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next number of the unit's year, counted without gaps. */
    public int nextNumber(long unitId, int year) {
        return jdbc.sql("""
                insert into casework.case_number_counter (unit_id, year, last) values (:unit, :year, 1)
                on conflict (unit_id, year) do update set last = casework.case_number_counter.last + 1
                returning last
                """).param("unit", unitId).param("year", year).query(Integer.class).single();
    }

    public long insert(String caseNumber, long unitId, long personId, ServiceBase base, String cluster,
            String category, Sensitivity sensitivity, Long previousCaseId, String openedBy) {
        long id = jdbc.sql("""
                insert into casework.case_file (case_number, unit_id, person_id, service_base, cluster, category,
                       current_stage, sensitive, sensitivity, previous_case_id, opened_by)
                values (:number, :unit, :person, :base, :cluster, :category, 'AKSES', :sensitive, :sensitivity,
                        :previous, :by)
                returning id
                """)
                .param("number", caseNumber).param("unit", unitId).param("person", personId)
                .param("base", base.name()).param("cluster", cluster).param("category", category)
                .param("sensitive", sensitivity != null)
                .param("sensitivity", sensitivity == null ? null : sensitivity.name())
                .param("previous", previousCaseId).param("by", openedBy)
                .query(Long.class).single();
        jdbc.sql("""
                insert into casework.case_stage (case_id, stage)
                select :id, stage from unnest(cast(:stages as varchar[])) as stage
                """)
                .param("id", id)
                .param("stages", Arrays.stream(Stage.values()).map(Enum::name).toArray(String[]::new))
                .update();
        return id;
    }

    public Optional<CaseRow> find(long id) {
        return jdbc.sql("select * from casework.case_file where id = :id").param("id", id)
                .query(CaseTable::mapCase).optional();
    }

    /** The case row, locked until the transaction ends: workflow steps of one case go one at a time. */
    public Optional<CaseRow> lock(long id) {
        return jdbc.sql("select * from casework.case_file where id = :id for update").param("id", id)
                .query(CaseTable::mapCase).optional();
    }

    /** The person's cases held by these units, newest first. */
    public List<CaseRow> ofPerson(long personId, List<Long> units) {
        return jdbc.sql("""
                select * from casework.case_file
                 where person_id = :person and unit_id = any(:units)
                 order by opened_at desc, id desc
                """)
                .param("person", personId).param("units", units.toArray(Long[]::new))
                .query(CaseTable::mapCase).list();
    }

    public void moveOn(long id, Stage current, CaseStatus status, String closeReason) {
        jdbc.sql("""
                update casework.case_file
                   set stage_since = case when current_stage = :stage then stage_since else now() end,
                       current_stage = :stage, status = :status,
                       closed_at = case when :status = 'CLOSED' then coalesce(closed_at, now()) end,
                       close_reason = case when :status = 'CLOSED' then coalesce(close_reason, :reason) end,
                       version = version + 1
                 where id = :id
                """)
                .param("id", id).param("stage", current.name()).param("status", status.name())
                .param("reason", closeReason)
                .update();
    }

    /** Hands the case to another unit; its team is emptied for the receiving unit to form anew. */
    public void moveTo(long caseId, long unitId) {
        jdbc.sql("update casework.case_file set unit_id = :unit, version = version + 1 where id = :id")
                .param("id", caseId).param("unit", unitId).update();
        jdbc.sql("delete from casework.case_member where case_id = :id").param("id", caseId).update();
    }

    public List<TeamMember> team(long caseId) {
        return jdbc.sql("""
                select * from casework.case_member where case_id = :id
                 order by case team_role when 'RESPONSIBLE' then 0 when 'SUPERVISOR' then 1 else 2 end, full_name
                """)
                .param("id", caseId)
                .query(CaseTable::mapMember)
                .list();
    }

    /** Adds the member, or changes their role and profession. */
    public void putMember(long caseId, TeamMember member) {
        jdbc.sql("""
                insert into casework.case_member (case_id, user_id, username, full_name, team_role, profession)
                values (:case, :user, :username, :name, :role, :profession)
                on conflict (case_id, user_id) do update set team_role = excluded.team_role,
                       profession = excluded.profession, full_name = excluded.full_name
                """)
                .param("case", caseId).param("user", member.userId()).param("username", member.username())
                .param("name", member.fullName()).param("role", member.role().name())
                .param("profession", member.profession().name())
                .update();
    }

    public void removeMember(long caseId, long userId) {
        jdbc.sql("delete from casework.case_member where case_id = :case and user_id = :user")
                .param("case", caseId).param("user", userId).update();
    }

    public boolean isMember(long caseId, String username) {
        return jdbc.sql("select exists (select from casework.case_member where case_id = :case and username = :user)")
                .param("case", caseId).param("user", username).query(Boolean.class).single();
    }

    public boolean isResponsible(long caseId, String username) {
        return jdbc.sql("""
                select exists (select from casework.case_member
                                where case_id = :case and username = :user and team_role = 'RESPONSIBLE')
                """)
                .param("case", caseId).param("user", username).query(Boolean.class).single();
    }

    public List<StageView> stages(long caseId) {
        return jdbc.sql("select * from casework.case_stage where case_id = :id").param("id", caseId)
                .query(CaseTable::mapStage).list().stream()
                .sorted(Comparator.comparing(StageView::stage))
                .toList();
    }

    /** The stages of each of these cases. */
    public Map<Long, List<StageView>> stages(List<Long> caseIds) {
        return jdbc.sql("select * from casework.case_stage where case_id = any(:ids)")
                .param("ids", caseIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong("case_id"), mapStage(rs, n))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    public Map<String, String> stageValues(long caseId, Stage stage) {
        String data = jdbc.sql("select data::text from casework.case_stage where case_id = :id and stage = :stage")
                .param("id", caseId).param("stage", stage.name()).query(String.class).single();
        return read(data);
    }

    /** Every stage's values, for the papers that print the whole case. */
    public Map<Stage, Map<String, String>> allValues(long caseId) {
        Map<Stage, Map<String, String>> values = new EnumMap<>(Stage.class);
        jdbc.sql("select stage, data::text from casework.case_stage where case_id = :id").param("id", caseId)
                .query((rs, n) -> values.put(Stage.valueOf(rs.getString(1)), read(rs.getString(2)))).list();
        return values;
    }

    /** Writes the stage's values if it still has {@code version}; false when someone else saved first. */
    public boolean saveValues(long caseId, Stage stage, int version, Map<String, String> values, String username) {
        return jdbc.sql("""
                update casework.case_stage
                   set data = cast(:data as jsonb), updated_at = now(), updated_by = :user, version = version + 1
                 where case_id = :id and stage = :stage and version = :version
                """)
                .param("id", caseId).param("stage", stage.name()).param("version", version)
                .param("data", write(values)).param("user", username)
                .update() == 1;
    }

    public void setState(long caseId, Stage stage, StageState from, StageState to, String username, String reason) {
        jdbc.sql("""
                update casework.case_stage
                   set state = :to,
                       started_at = coalesce(started_at, case when :to <> 'NOT_STARTED' then now() end),
                       started_by = coalesce(started_by, case when :to <> 'NOT_STARTED' then :user end),
                       completed_at = case when :to in ('COMPLETED', 'SKIPPED') then now() end,
                       completed_by = case when :to in ('COMPLETED', 'SKIPPED') then :user end,
                       skip_reason = case when :to = 'SKIPPED' then :reason end,
                       version = version + 1
                 where case_id = :id and stage = :stage and state = :from
                """)
                .param("id", caseId).param("stage", stage.name()).param("from", from.name()).param("to", to.name())
                .param("user", username).param("reason", reason)
                .update();
    }

    public List<StageEntry> entries(long caseId, Stage stage) {
        return jdbc.sql("""
                select * from casework.stage_entry where case_id = :id and stage = :stage
                 order by entry_date, id
                """)
                .param("id", caseId).param("stage", stage.name())
                .query((rs, n) -> mapEntry(rs)).list();
    }

    /** Every record of the case by stage, each stage's in date order. */
    public Map<Stage, List<StageEntry>> allEntries(long caseId) {
        return jdbc.sql("select * from casework.stage_entry where case_id = :id order by entry_date, id")
                .param("id", caseId)
                .query((rs, n) -> mapEntry(rs)).list().stream()
                .collect(Collectors.groupingBy(StageEntry::stage, () -> new EnumMap<>(Stage.class), Collectors.toList()));
    }

    public Optional<StageEntry> entry(long caseId, long entryId) {
        return jdbc.sql("select * from casework.stage_entry where case_id = :case and id = :id")
                .param("case", caseId).param("id", entryId)
                .query((rs, n) -> mapEntry(rs)).optional();
    }

    public long insertEntry(long caseId, Stage stage, LocalDate date, Map<String, String> values, String username) {
        return jdbc.sql("""
                insert into casework.stage_entry (case_id, stage, entry_date, data, created_by)
                values (:case, :stage, :date, cast(:data as jsonb), :user)
                returning id
                """)
                .param("case", caseId).param("stage", stage.name()).param("date", date)
                .param("data", write(values)).param("user", username)
                .query(Long.class).single();
    }

    /** Writes the record's values if it still has {@code version}; false when someone else saved first. */
    public boolean updateEntry(long caseId, long entryId, int version, LocalDate date, Map<String, String> values,
            String username) {
        return jdbc.sql("""
                update casework.stage_entry
                   set entry_date = :date, data = cast(:data as jsonb), updated_at = now(), updated_by = :user,
                       version = version + 1
                 where case_id = :case and id = :id and version = :version
                """)
                .param("case", caseId).param("id", entryId).param("version", version).param("date", date)
                .param("data", write(values)).param("user", username)
                .update() == 1;
    }

    public void requestApproval(long caseId, Stage stage, String username) {
        jdbc.sql("insert into casework.approval (case_id, stage, requested_by) values (:case, :stage, :user)")
                .param("case", caseId).param("stage", stage.name()).param("user", username).update();
    }

    /** Who asked for the stage's pending approval, if anyone. */
    public Optional<String> pendingRequester(long caseId, Stage stage) {
        return jdbc.sql("""
                select requested_by from casework.approval
                 where case_id = :case and stage = :stage and decision is null
                """)
                .param("case", caseId).param("stage", stage.name()).query(String.class).optional();
    }

    public void decide(long caseId, Stage stage, boolean approved, String comment, String username) {
        jdbc.sql("""
                update casework.approval
                   set decision = :decision, decided_at = now(), decided_by = :user, comment = :comment
                 where case_id = :case and stage = :stage and decision is null
                """)
                .param("case", caseId).param("stage", stage.name())
                .param("decision", approved ? "APPROVED" : "REJECTED")
                .param("comment", comment).param("user", username)
                .update();
    }

    public List<ApprovalView> approvals(long caseId) {
        return jdbc.sql("select * from casework.approval where case_id = :case order by requested_at, id")
                .param("case", caseId)
                .query((rs, n) -> new ApprovalView(rs.getLong("id"), Stage.valueOf(rs.getString("stage")),
                        instant(rs, "requested_at"), rs.getString("requested_by"), rs.getString("decision"),
                        instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("comment")))
                .list();
    }

    public void event(long caseId, String username, CaseEventKind kind, Stage stage, String note) {
        jdbc.sql("""
                insert into casework.case_event (case_id, actor, kind, stage, note)
                values (:case, :actor, :kind, :stage, :note)
                """)
                .param("case", caseId).param("actor", username).param("kind", kind.name())
                .param("stage", stage == null ? null : stage.name()).param("note", note)
                .update();
    }

    /**
     * Every transition, record and group session of the case written until {@code until} (null for
     * all), in date order; a record or session, which has a date and no time, stands at the start
     * of its day where the pages are drawn.
     */
    public List<TimelineItem> timeline(long caseId, Instant until) {
        return jdbc.sql("""
                select at, actor, kind, stage, note from casework.case_event
                 where case_id = :case and at <= coalesce(cast(:until as timestamptz), 'infinity')
                union all
                select cast(entry_date as timestamp) at time zone :zone, created_by, 'ENTRY', stage, null
                  from casework.stage_entry
                 where case_id = :case and created_at <= coalesce(cast(:until as timestamptz), 'infinity')
                union all
                select cast(g.session_date as timestamp) at time zone :zone, g.created_by,
                       case when a.present then 'GROUP_SESSION' else 'GROUP_SESSION_ABSENT' end, 'PELAKSANAAN', null
                  from casework.group_attendance a join casework.group_session g on g.id = a.group_session_id
                 where a.case_id = :case and g.created_at <= coalesce(cast(:until as timestamptz), 'infinity')
                order by at, kind
                """)
                .param("case", caseId).param("until", until == null ? null : Timestamp.from(until))
                .param("zone", ZoneId.systemDefault().getId())
                .query((rs, n) -> new TimelineItem(instant(rs, "at"), rs.getString("actor"), rs.getString("kind"),
                        rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")),
                        rs.getString("note")))
                .list();
    }

    String write(Map<String, String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stage values cannot be written", e);
        }
    }

    Map<String, String> read(String data) {
        try {
            return json.readValue(data, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stage values cannot be read", e);
        }
    }

    StageEntry mapEntry(ResultSet rs) throws SQLException {
        return new StageEntry(rs.getLong("id"), Stage.valueOf(rs.getString("stage")),
                rs.getObject("entry_date", LocalDate.class), read(rs.getString("data")), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("updated_by"), instant(rs, "updated_at"), rs.getInt("version"));
    }

    static CaseRow mapCase(ResultSet rs, int rowNum) throws SQLException {
        String sensitivity = rs.getString("sensitivity");
        return new CaseRow(rs.getLong("id"), rs.getString("case_number"), rs.getLong("unit_id"),
                rs.getLong("person_id"), ServiceBase.valueOf(rs.getString("service_base")), rs.getString("cluster"),
                rs.getString("category"), CaseStatus.valueOf(rs.getString("status")),
                Stage.valueOf(rs.getString("current_stage")), instant(rs, "stage_since"),
                sensitivity == null ? null : Sensitivity.valueOf(sensitivity),
                (Long) rs.getObject("previous_case_id"), instant(rs, "opened_at"), rs.getString("opened_by"),
                instant(rs, "closed_at"), rs.getInt("version"));
    }

    static TeamMember mapMember(ResultSet rs, int rowNum) throws SQLException {
        return new TeamMember(rs.getLong("user_id"), rs.getString("username"), rs.getString("full_name"),
                TeamRole.valueOf(rs.getString("team_role")), Profession.valueOf(rs.getString("profession")));
    }

    static StageView mapStage(ResultSet rs, int rowNum) throws SQLException {
        return new StageView(Stage.valueOf(rs.getString("stage")), StageState.valueOf(rs.getString("state")),
                instant(rs, "started_at"), rs.getString("started_by"), instant(rs, "completed_at"),
                rs.getString("completed_by"), rs.getString("skip_reason"), instant(rs, "updated_at"),
                rs.getString("updated_by"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
