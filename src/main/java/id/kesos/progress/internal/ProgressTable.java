package id.kesos.progress.internal;

import id.kesos.progress.Direction;
import id.kesos.progress.Indicator;
import id.kesos.progress.IndicatorKind;
import id.kesos.progress.Measurement;
import id.kesos.progress.Phase;
import id.kesos.progress.TargetKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a case's success indicators and their measurements. */
@Repository
public class ProgressTable {

    private static final String INDICATOR = """
            select d.id, d.case_id, d.kind, d.instrument_id, i.name as instrument_name, d.aspect, d.behaviour,
                   d.unit, d.direction, d.target_kind, d.target
            from progress.indicator d
            left join progress.instrument i on i.id = d.instrument_id
            """;

    private static final String MEASUREMENT = """
            select m.id, m.indicator_id, m.phase, m.measured_on, m.value, v.number as version_number, m.note,
                   m.recorded_by, m.recorded_at
            from progress.measurement m
            join progress.indicator d on d.id = m.indicator_id
            left join progress.instrument_version v on v.id = m.version_id
            """;

    private final JdbcClient jdbc;

    ProgressTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertIndicator(long caseId, IndicatorKind kind, Long instrumentId, String aspect, String behaviour,
            String unit, Direction direction, TargetKind targetKind, BigDecimal target, String username) {
        return jdbc.sql("""
                insert into progress.indicator
                       (case_id, kind, instrument_id, aspect, behaviour, unit, direction, target_kind, target, created_by)
                values (:case, :kind, :instrument, :aspect, :behaviour, :unit, :direction, :targetKind, :target, :user)
                returning id
                """)
                .param("case", caseId).param("kind", kind.name()).param("instrument", instrumentId)
                .param("aspect", aspect).param("behaviour", behaviour).param("unit", unit)
                .param("direction", direction.name()).param("targetKind", targetKind.name()).param("target", target)
                .param("user", username)
                .query(Long.class).single();
    }

    /** The case's indicators in the order they were written. */
    public List<Indicator> indicators(long caseId) {
        return jdbc.sql(INDICATOR + " where d.case_id = :case order by d.id").param("case", caseId)
                .query((rs, n) -> indicator(rs)).list();
    }

    public Optional<Indicator> indicator(long caseId, long id) {
        return jdbc.sql(INDICATOR + " where d.case_id = :case and d.id = :id").param("case", caseId).param("id", id)
                .query((rs, n) -> indicator(rs)).optional();
    }

    public boolean measured(long indicatorId) {
        return jdbc.sql("select exists (select 1 from progress.measurement where indicator_id = :id)")
                .param("id", indicatorId).query(Boolean.class).single();
    }

    public void deleteIndicator(long id) {
        jdbc.sql("delete from progress.indicator where id = :id").param("id", id).update();
    }

    /**
     * Records a measurement, with the answers of an instrument taken.
     *
     * @param versionId the instrument version taken, or null for a count
     * @param answers   the chosen option's position by item position; empty for a count
     */
    public long insertMeasurement(long indicatorId, Phase phase, LocalDate measuredOn, double value, Long versionId,
            Map<Integer, Integer> answers, String note, String username) {
        long id = jdbc.sql("""
                insert into progress.measurement
                       (indicator_id, phase, measured_on, value, version_id, note, recorded_by)
                values (:indicator, :phase, :date, :value, :version, :note, :user)
                returning id
                """)
                .param("indicator", indicatorId).param("phase", phase.name()).param("date", measuredOn)
                .param("value", value).param("version", versionId).param("note", note).param("user", username)
                .query(Long.class).single();
        answers.forEach((item, option) -> jdbc.sql("""
                        insert into progress.answer (measurement_id, item_position, option_position)
                        values (:measurement, :item, :option)
                        """)
                .param("measurement", id).param("item", item).param("option", option)
                .update());
        return id;
    }

    /** The case's measurements in date order, the order they were recorded within a day. */
    public List<Measurement> measurements(long caseId) {
        return jdbc.sql(MEASUREMENT + " where d.case_id = :case order by m.measured_on, m.id").param("case", caseId)
                .query((rs, n) -> measurement(rs)).list();
    }

    public Optional<Measurement> measurement(long caseId, long id) {
        return jdbc.sql(MEASUREMENT + " where d.case_id = :case and m.id = :id").param("case", caseId).param("id", id)
                .query((rs, n) -> measurement(rs)).optional();
    }

    /** Removes a measurement with its answers. */
    public void deleteMeasurement(long id) {
        jdbc.sql("delete from progress.measurement where id = :id").param("id", id).update();
    }

    private static Indicator indicator(ResultSet rs) throws SQLException {
        Long instrument = rs.getObject("instrument_id", Long.class);
        return new Indicator(rs.getLong("id"), rs.getLong("case_id"), IndicatorKind.valueOf(rs.getString("kind")),
                instrument, rs.getString("instrument_name"), rs.getString("aspect"),
                rs.getString("behaviour"), rs.getString("unit"), Direction.valueOf(rs.getString("direction")),
                TargetKind.valueOf(rs.getString("target_kind")), rs.getDouble("target"));
    }

    private static Measurement measurement(ResultSet rs) throws SQLException {
        Integer version = rs.getObject("version_number", Integer.class);
        return new Measurement(rs.getLong("id"), rs.getLong("indicator_id"), Phase.valueOf(rs.getString("phase")),
                rs.getObject("measured_on", LocalDate.class), rs.getDouble("value"), version,
                rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
