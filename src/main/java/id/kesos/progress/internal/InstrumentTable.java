package id.kesos.progress.internal;

import id.kesos.progress.AnswerOption;
import id.kesos.progress.Direction;
import id.kesos.progress.Instrument;
import id.kesos.progress.InstrumentVersion;
import id.kesos.progress.Item;
import id.kesos.progress.Scoring;
import id.kesos.progress.VersionUse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of instruments and their versions. */
@Repository
public class InstrumentTable {

    /** The instrument with its current (highest) version and whether that version has been taken. */
    private static final String CURRENT = """
            select i.id, i.code, i.name, i.measures, i.description, i.version, v.id as version_id,
                   exists (select 1 from progress.measurement m where m.version_id = v.id) as taken
            from progress.instrument i
            join progress.instrument_version v on v.instrument_id = i.id
             and v.number = (select max(number) from progress.instrument_version where instrument_id = i.id)
            """;

    private final JdbcClient jdbc;

    InstrumentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Instrument> all() {
        return jdbc.sql(CURRENT + " order by i.name, i.id").query((rs, n) -> instrument(rs)).list();
    }

    public Optional<Instrument> find(long id) {
        return jdbc.sql(CURRENT + " where i.id = :id").param("id", id).query((rs, n) -> instrument(rs)).optional();
    }

    private Instrument instrument(ResultSet rs) throws SQLException {
        return new Instrument(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("measures"),
                rs.getString("description"), rs.getInt("version"), version(rs.getLong("version_id")).orElseThrow(),
                rs.getBoolean("taken"));
    }

    /**
     * Holds the instrument against an administrator's save until the caller's transaction ends,
     * so that a version being taken is not rewritten meanwhile.
     */
    public void lockShared(long id) {
        jdbc.sql("select id from progress.instrument where id = :id for share").param("id", id).query(Long.class)
                .optional();
    }

    public boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from progress.instrument where code = :code and id <> :except)")
                .param("code", code).param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class).single();
    }

    public long insert(String code, String name, String measures, String description, String username) {
        return jdbc.sql("""
                insert into progress.instrument (code, name, measures, description, created_by)
                values (:code, :name, :measures, :description, :user)
                returning id
                """)
                .param("code", code).param("name", name).param("measures", measures)
                .param("description", description).param("user", username)
                .query(Long.class).single();
    }

    /** Changes the instrument's own fields, from the version the editor read; false when someone saved it meanwhile. */
    public boolean update(long id, int version, String code, String name, String measures, String description,
            String username) {
        return jdbc.sql("""
                update progress.instrument
                set code = :code, name = :name, measures = :measures, description = :description,
                    updated_at = now(), updated_by = :user, version = version + 1
                where id = :id and version = :version
                """)
                .param("id", id).param("version", version).param("code", code).param("name", name)
                .param("measures", measures).param("description", description).param("user", username)
                .update() == 1;
    }

    public long insertVersion(long instrumentId, int number, Scoring scoring, Direction direction, List<Item> items,
            List<AnswerOption> options, String username) {
        long id = jdbc.sql("""
                insert into progress.instrument_version (instrument_id, number, scoring, direction, created_by)
                values (:instrument, :number, :scoring, :direction, :user)
                returning id
                """)
                .param("instrument", instrumentId).param("number", number).param("scoring", scoring.name())
                .param("direction", direction.name()).param("user", username)
                .query(Long.class).single();
        insertContent(id, items, options);
        return id;
    }

    /**
     * Rewrites a version nobody has taken yet; the tables' trigger refuses it for one that has
     * been taken, so a race with a first measurement cannot change what was answered.
     */
    public void replaceVersion(long versionId, Scoring scoring, Direction direction, List<Item> items,
            List<AnswerOption> options) {
        jdbc.sql("update progress.instrument_version set scoring = :scoring, direction = :direction where id = :id")
                .param("id", versionId).param("scoring", scoring.name()).param("direction", direction.name())
                .update();
        jdbc.sql("delete from progress.version_item where version_id = :id").param("id", versionId).update();
        jdbc.sql("delete from progress.version_option where version_id = :id").param("id", versionId).update();
        insertContent(versionId, items, options);
    }

    public Optional<InstrumentVersion> version(long versionId) {
        List<Item> items = jdbc.sql("""
                select position, text, aspect, reversed from progress.version_item
                where version_id = :id order by position
                """)
                .param("id", versionId)
                .query((rs, n) -> new Item(rs.getInt("position"), rs.getString("text"), rs.getString("aspect"),
                        rs.getBoolean("reversed")))
                .list();
        List<AnswerOption> options = jdbc.sql("""
                select position, label, value from progress.version_option
                where version_id = :id order by position
                """)
                .param("id", versionId)
                .query((rs, n) -> new AnswerOption(rs.getInt("position"), rs.getString("label"), rs.getInt("value")))
                .list();
        return jdbc.sql("select id, instrument_id, number, scoring, direction from progress.instrument_version where id = :id")
                .param("id", versionId)
                .query((rs, n) -> new InstrumentVersion(rs.getLong("id"), rs.getLong("instrument_id"),
                        rs.getInt("number"), Scoring.valueOf(rs.getString("scoring")),
                        Direction.valueOf(rs.getString("direction")), items, options))
                .optional();
    }

    /** The instrument's versions, newest first, with how often each was taken. */
    public List<VersionUse> versions(long instrumentId) {
        return jdbc.sql("""
                select v.number, v.created_at, v.created_by,
                       (select count(*) from progress.measurement m where m.version_id = v.id) as taken
                from progress.instrument_version v
                where v.instrument_id = :instrument
                order by v.number desc
                """)
                .param("instrument", instrumentId)
                .query((rs, n) -> new VersionUse(rs.getInt("number"), rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"), rs.getLong("taken")))
                .list();
    }

    private void insertContent(long versionId, List<Item> items, List<AnswerOption> options) {
        for (Item item : items) {
            jdbc.sql("""
                    insert into progress.version_item (version_id, position, text, aspect, reversed)
                    values (:version, :position, :text, :aspect, :reversed)
                    """)
                    .param("version", versionId).param("position", item.position()).param("text", item.text())
                    .param("aspect", item.aspect()).param("reversed", item.reversed())
                    .update();
        }
        for (AnswerOption option : options) {
            jdbc.sql("""
                    insert into progress.version_option (version_id, position, label, value)
                    values (:version, :position, :label, :value)
                    """)
                    .param("version", versionId).param("position", option.position()).param("label", option.label())
                    .param("value", option.value())
                    .update();
        }
    }
}
