package id.kesos.casework.internal;

import id.kesos.casework.CaseStatus;
import id.kesos.casework.DueSignal;
import id.kesos.casework.Stage;
import id.kesos.casework.StageState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The worklists' SQL: cases with their current stage, responsible worker and what is overdue. */
@Repository
public class WorklistQueries {

    /**
     * One line per case with its due signals: no session for 14 days in implementation (its own
     * session records and the group sessions the client was present at count), an
     * assessment open for more than 14 days, an approval waiting more than 3 days, a follow-up
     * visit past the date the last visit set.
     */
    private static final String LINES = """
            select c.id, c.case_number, c.person_id, c.current_stage, c.status, c.sensitive, c.opened_at,
                   c.stage_since, s.state as current_state, r.full_name as responsible,
                   exists (select from casework.case_member t where t.case_id = c.id and t.user_id = :user) as member,
                   (c.current_stage = 'PELAKSANAAN' and s.state = 'IN_PROGRESS'
                     and greatest(s.started_at::date, (select max(e.entry_date) from casework.stage_entry e
                                                         where e.case_id = c.id and e.stage = 'PELAKSANAAN'),
                                  (select max(g.session_date) from casework.group_attendance a
                                     join casework.group_session g on g.id = a.group_session_id
                                    where a.case_id = c.id and a.present))
                         < current_date - 14) as no_recent_session,
                   exists (select from casework.case_stage a
                            where a.case_id = c.id and a.stage = 'ASESMEN' and a.state = 'IN_PROGRESS'
                              and a.started_at < now() - interval '14 days') as assessment_overdue,
                   exists (select from casework.approval p
                            where p.case_id = c.id and p.decision is null
                              and p.requested_at < now() - interval '3 days') as approval_waiting,
                   (c.current_stage = 'PASCA' and s.state = 'IN_PROGRESS'
                     and (select cast(v.data ->> 'next_visit_date' as date) from casework.stage_entry v
                           where v.case_id = c.id and v.stage = 'PASCA'
                           order by v.entry_date desc, v.id desc limit 1) < current_date) as visit_overdue
              from casework.case_file c
              join casework.case_stage s on s.case_id = c.id and s.stage = c.current_stage
              left join lateral (select m.full_name from casework.case_member m
                                  where m.case_id = c.id and m.team_role = 'RESPONSIBLE'
                                  order by m.full_name limit 1) r on true
            """;

    private final JdbcClient jdbc;

    WorklistQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open cases the user works on, in their team. */
    public List<CaseLine> ofMember(long userId, List<Long> units) {
        return jdbc.sql(LINES + """
                 where c.status = 'OPEN' and c.unit_id = any(:units)
                   and c.id in (select m.case_id from casework.case_member m where m.user_id = :user)
                 order by c.stage_since, c.id
                """)
                .param("user", userId).param("units", units.toArray(Long[]::new))
                .query((rs, n) -> line(rs)).list();
    }

    /**
     * The cases of the units, open ones first, newest first; {@code limit} lines from {@code offset},
     * each saying whether the user is on its team.
     */
    public List<CaseLine> ofUnits(long userId, List<Long> units, boolean openOnly, int offset, int limit) {
        return jdbc.sql(LINES + """
                 where c.unit_id = any(:units) and (not :openOnly or c.status = 'OPEN')
                 order by c.status desc, c.opened_at desc, c.id desc
                 offset :offset limit :limit
                """)
                .param("user", userId).param("units", units.toArray(Long[]::new)).param("openOnly", openOnly)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> line(rs)).list();
    }

    public long countOfUnits(List<Long> units, boolean openOnly) {
        return jdbc.sql("""
                select count(*) from casework.case_file c
                 where c.unit_id = any(:units) and (not :openOnly or c.status = 'OPEN')
                """)
                .param("units", units.toArray(Long[]::new)).param("openOnly", openOnly)
                .query(Long.class).single();
    }

    /** Each team member's open cases in the units: how many, how many they are responsible for, pending approvals. */
    public List<CaseloadLine> caseload(List<Long> units) {
        return jdbc.sql("""
                select m.user_id, m.full_name, count(*) as open_cases,
                       count(*) filter (where m.team_role = 'RESPONSIBLE') as responsible,
                       count(*) filter (where exists (select from casework.approval p
                                                       where p.case_id = c.id and p.decision is null)) as awaiting
                  from casework.case_member m
                  join casework.case_file c on c.id = m.case_id
                 where c.status = 'OPEN' and c.unit_id = any(:units)
                 group by m.user_id, m.full_name
                 order by open_cases desc, m.full_name
                """)
                .param("units", units.toArray(Long[]::new))
                .query((rs, n) -> new CaseloadLine(rs.getLong("user_id"), rs.getString("full_name"),
                        rs.getInt("open_cases"), rs.getInt("responsible"), rs.getInt("awaiting")))
                .list();
    }

    /** A worker's caseload. */
    public record CaseloadLine(long userId, String fullName, int openCases, int responsible, int awaitingApproval) {}

    /** A case line before the client's name is added and the sensitive ones are hidden. */
    public record CaseLine(long id, String caseNumber, long personId, Stage currentStage, StageState currentState,
            CaseStatus status, boolean sensitive, boolean member, Instant openedAt, Instant stageSince,
            String responsible, List<DueSignal> due) {}

    private static CaseLine line(ResultSet rs) throws SQLException {
        List<DueSignal> due = new ArrayList<>();
        if (rs.getBoolean("no_recent_session")) {
            due.add(DueSignal.NO_RECENT_SESSION);
        }
        if (rs.getBoolean("assessment_overdue")) {
            due.add(DueSignal.ASSESSMENT_OVERDUE);
        }
        if (rs.getBoolean("approval_waiting")) {
            due.add(DueSignal.APPROVAL_WAITING);
        }
        if (rs.getBoolean("visit_overdue")) {
            due.add(DueSignal.VISIT_OVERDUE);
        }
        return new CaseLine(rs.getLong("id"), rs.getString("case_number"), rs.getLong("person_id"),
                Stage.valueOf(rs.getString("current_stage")), StageState.valueOf(rs.getString("current_state")),
                CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("sensitive"), rs.getBoolean("member"),
                CaseTable.instant(rs, "opened_at"), CaseTable.instant(rs, "stage_since"), rs.getString("responsible"),
                List.copyOf(due));
    }
}
