package id.kesos.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of group sessions and their attendance. */
@Repository
public class GroupSessionTable {

    private final JdbcClient jdbc;
    private final CaseTable cases;

    GroupSessionTable(JdbcClient jdbc, CaseTable cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    public long insert(long unitId, LocalDate date, Map<String, String> values, String username) {
        return jdbc.sql("""
                insert into casework.group_session (unit_id, session_date, data, created_by)
                values (:unit, :date, cast(:data as jsonb), :user)
                returning id
                """)
                .param("unit", unitId).param("date", date).param("data", cases.write(values)).param("user", username)
                .query(Long.class).single();
    }

    public void attend(long sessionId, long caseId, boolean present, String note) {
        jdbc.sql("""
                insert into casework.group_attendance (group_session_id, case_id, present, note)
                values (:session, :case, :present, :note)
                """)
                .param("session", sessionId).param("case", caseId).param("present", present).param("note", note)
                .update();
    }

    /**
     * The group sessions the case was in, recorded until {@code until} (null for all), oldest
     * first, with the case's attendance and how many clients were present.
     */
    public List<Attended> ofCase(long caseId, Instant until) {
        return jdbc.sql("""
                select g.id, g.session_date, g.data::text, g.created_by, a.present, a.note,
                       (select count(*) from casework.group_attendance p
                         where p.group_session_id = g.id and p.present) as attendees
                  from casework.group_attendance a
                  join casework.group_session g on g.id = a.group_session_id
                 where a.case_id = :case and g.created_at <= coalesce(cast(:until as timestamptz), 'infinity')
                 order by g.session_date, g.id
                """)
                .param("case", caseId).param("until", until == null ? null : Timestamp.from(until))
                .query((rs, n) -> new Attended(rs.getLong("id"), rs.getObject("session_date", LocalDate.class),
                        cases.read(rs.getString("data")), rs.getString("created_by"), rs.getBoolean("present"),
                        rs.getString("note"), rs.getInt("attendees")))
                .list();
    }

    /** The open cases of the units, by number, each saying whether the user is on its team. */
    public List<OpenCaseLine> openCases(long userId, List<Long> units) {
        return jdbc.sql("""
                select c.id, c.case_number, c.person_id, c.sensitive,
                       exists (select from casework.case_member m where m.case_id = c.id and m.user_id = :user)
                         as member
                  from casework.case_file c
                 where c.status = 'OPEN' and c.unit_id = any(:units)
                 order by c.case_number, c.id
                """)
                .param("user", userId).param("units", units.toArray(Long[]::new))
                .query((rs, n) -> new OpenCaseLine(rs.getLong("id"), rs.getString("case_number"),
                        rs.getLong("person_id"), rs.getBoolean("sensitive"), rs.getBoolean("member")))
                .list();
    }

    /** A group session as one case attended it. */
    public record Attended(long id, LocalDate date, Map<String, String> values, String createdBy, boolean present,
            String note, int attendees) {}

    /** An open case, before its stages and client are looked at. */
    public record OpenCaseLine(long id, String caseNumber, long personId, boolean sensitive, boolean member) {}
}
