package id.kesos.casework.internal;

import id.kesos.casework.CaseStatus;
import id.kesos.casework.ReferralKind;
import id.kesos.casework.ReferralStatus;
import id.kesos.casework.Stage;
import id.kesos.casework.StageEntry;
import id.kesos.casework.StageView;
import id.kesos.casework.TeamMember;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of referrals and of the case files handed over with a transfer. */
@Repository
public class ReferralTable {

    private static final String SELECT = """
            select r.*, c.case_number, c.sensitive, c.status as case_status
              from casework.referral r join casework.case_file c on c.id = r.case_id
            """;

    private final JdbcClient jdbc;
    private final CaseTable cases;

    ReferralTable(JdbcClient jdbc, CaseTable cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    public long insert(long caseId, long fromUnitId, long toUnitId, ReferralKind kind, String purpose,
            String clientName, String consentOverride, String requestedBy) {
        return jdbc.sql("""
                insert into casework.referral (case_id, from_unit_id, to_unit_id, kind, purpose, client_name,
                       consent_override, requested_by)
                values (:case, :from, :to, :kind, :purpose, :client, :override, :by)
                returning id
                """)
                .param("case", caseId).param("from", fromUnitId).param("to", toUnitId).param("kind", kind.name())
                .param("purpose", purpose).param("client", clientName).param("override", consentOverride)
                .param("by", requestedBy)
                .query(Long.class).single();
    }

    public Optional<ReferralRow> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(ReferralTable::map).optional();
    }

    /** The case's referrals, oldest first. */
    public List<ReferralRow> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where r.case_id = :case order by r.requested_at, r.id")
                .param("case", caseId).query(ReferralTable::map).list();
    }

    /** Referrals to these units that are requested or accepted, oldest first. */
    public List<ReferralRow> toUnits(List<Long> units) {
        return jdbc.sql(SELECT + """
                 where r.to_unit_id = any(:units) and r.status in ('REQUESTED', 'ACCEPTED')
                 order by r.requested_at, r.id
                """)
                .param("units", units.toArray(Long[]::new)).query(ReferralTable::map).list();
    }

    /** The latest {@code limit} referrals sent by these units, newest first. */
    public List<ReferralRow> fromUnits(List<Long> units, int limit) {
        return jdbc.sql(SELECT + """
                 where r.from_unit_id = any(:units)
                 order by r.requested_at desc, r.id desc
                 limit :limit
                """)
                .param("units", units.toArray(Long[]::new)).param("limit", limit)
                .query(ReferralTable::map).list();
    }

    /**
     * Moves the referral to {@code to} if it still has {@code version}, with who took the step and
     * its text: the decision's comment, the outcome, or the reason of the revocation.
     *
     * @return false when someone else changed the referral first
     */
    public boolean advance(long id, int version, ReferralStatus to, String username, String text) {
        return jdbc.sql("""
                update casework.referral
                   set status = :to, version = version + 1,
                       decided_at = case when :to in ('ACCEPTED', 'REJECTED') then now() else decided_at end,
                       decided_by = case when :to in ('ACCEPTED', 'REJECTED') then :user else decided_by end,
                       decision_comment = case when :to in ('ACCEPTED', 'REJECTED') then :text
                                               else decision_comment end,
                       done_at = case when :to = 'DONE' then now() else done_at end,
                       done_by = case when :to = 'DONE' then :user else done_by end,
                       outcome = case when :to = 'DONE' then :text else outcome end,
                       revoked_at = case when :to = 'REVOKED' then now() else revoked_at end,
                       revoked_by = case when :to = 'REVOKED' then :user else revoked_by end,
                       revoke_reason = case when :to = 'REVOKED' then :text else revoke_reason end
                 where id = :id and version = :version
                """)
                .param("id", id).param("version", version).param("to", to.name()).param("user", username)
                .param("text", text)
                .update() == 1;
    }

    /** Keeps the case file as it stands (stages, records, team) as what the transfer handed over. */
    public void handOver(long referralId, long caseId) {
        for (String copy : List.of(
                "insert into casework.handover_stage select :referral, s.* from casework.case_stage s",
                "insert into casework.handover_entry select :referral, e.* from casework.stage_entry e",
                "insert into casework.handover_member select :referral, m.* from casework.case_member m")) {
            jdbc.sql(copy + " where case_id = :case").param("referral", referralId).param("case", caseId).update();
        }
    }

    /** The latest transfer of the case away from one of these units, if any. */
    public Optional<Handover> lastHandover(long caseId, List<Long> units) {
        return jdbc.sql("""
                select id, decided_at from casework.referral
                 where case_id = :case and kind = 'TRANSFER' and status = 'ACCEPTED' and from_unit_id = any(:units)
                 order by decided_at desc limit 1
                """)
                .param("case", caseId).param("units", units.toArray(Long[]::new))
                .query((rs, n) -> new Handover(rs.getLong("id"), CaseTable.instant(rs, "decided_at")))
                .optional();
    }

    /** The latest accepted service referral of the case to one of these units, if any. */
    public Optional<ReferralRow> serviceUnderWay(long caseId, List<Long> units) {
        return jdbc.sql(SELECT + """
                 where r.case_id = :case and r.kind = 'SERVICE' and r.status = 'ACCEPTED'
                   and r.to_unit_id = any(:units)
                 order by r.decided_at desc limit 1
                """)
                .param("case", caseId).param("units", units.toArray(Long[]::new))
                .query(ReferralTable::map).optional();
    }

    public List<StageView> handedOverStages(long referralId) {
        return jdbc.sql("select * from casework.handover_stage where referral_id = :referral")
                .param("referral", referralId).query(CaseTable::mapStage).list().stream()
                .sorted(Comparator.comparing(StageView::stage))
                .toList();
    }

    public Map<String, String> handedOverValues(long referralId, Stage stage) {
        return cases.read(jdbc.sql("""
                select data::text from casework.handover_stage where referral_id = :referral and stage = :stage
                """)
                .param("referral", referralId).param("stage", stage.name()).query(String.class).single());
    }

    public List<StageEntry> handedOverEntries(long referralId, Stage stage) {
        return jdbc.sql("""
                select * from casework.handover_entry where referral_id = :referral and stage = :stage
                 order by entry_date, id
                """)
                .param("referral", referralId).param("stage", stage.name())
                .query((rs, n) -> cases.mapEntry(rs)).list();
    }

    public List<TeamMember> handedOverTeam(long referralId) {
        return jdbc.sql("select * from casework.handover_member where referral_id = :referral order by full_name")
                .param("referral", referralId).query(CaseTable::mapMember).list();
    }

    /** A transfer of a case away from a unit: the referral that keeps what was handed over, and when. */
    public record Handover(long referralId, Instant at) {}

    private static ReferralRow map(ResultSet rs, int rowNum) throws SQLException {
        return new ReferralRow(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"),
                rs.getBoolean("sensitive"), CaseStatus.valueOf(rs.getString("case_status")),
                rs.getLong("from_unit_id"), rs.getLong("to_unit_id"), ReferralKind.valueOf(rs.getString("kind")),
                ReferralStatus.valueOf(rs.getString("status")), rs.getString("purpose"), rs.getString("client_name"),
                rs.getString("consent_override"), CaseTable.instant(rs, "requested_at"), rs.getString("requested_by"),
                CaseTable.instant(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision_comment"),
                CaseTable.instant(rs, "done_at"), rs.getString("done_by"), rs.getString("outcome"),
                CaseTable.instant(rs, "revoked_at"), rs.getString("revoked_by"), rs.getString("revoke_reason"),
                rs.getInt("version"));
    }
}
