package id.kesos.registry.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kesos.registry.CheckedPerson;
import id.kesos.registry.HistoryEntry;
import id.kesos.registry.InactiveReason;
import id.kesos.registry.Nik;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.PersonView;
import id.kesos.registry.ProblemCode;
import id.kesos.registry.RegistryScope;
import id.kesos.registry.Relationship;
import id.kesos.registry.Sex;
import id.kesos.registry.VerificationStatus;
import id.kesos.registry.WelfareDecile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of single persons: read with their current KK, write, and keep their history. */
@Repository
public class PersonTable {

    /** Who may see the person row with this alias: the parameters come from {@link #scopeParams}. */
    public static String inScope(String alias) {
        return "(:everyone or " + alias + ".region_code like :prefix || '%' or " + alias
                + ".registered_by_unit = any(:units) or exists (select from registry.person_service s where s.person_id = "
                + alias + ".id and s.unit_id = any(:units)))";
    }

    private static final String SELECT = "select p.* from registry.person p";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PersonTable(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public static Map<String, Object> scopeParams(RegistryScope scope) {
        return Map.of("everyone", scope.everyone(), "prefix", scope.sqlPrefix(),
                "units", scope.registeringUnits().toArray(Long[]::new));
    }

    /** True when a unit of these serves the person in a case. */
    public boolean servedBy(long personId, List<Long> units) {
        return jdbc.sql("select exists (select from registry.person_service where person_id = :id and unit_id = any(:units))")
                .param("id", personId).param("units", units.toArray(Long[]::new))
                .query(Boolean.class).single();
    }

    /** Notes that the unit serves the person; nothing when it does already. */
    public void addService(long personId, long unitId) {
        jdbc.sql("""
                insert into registry.person_service (unit_id, person_id, province_code)
                select :unit, id, province_code from registry.person where id = :id
                on conflict do nothing
                """).param("unit", unitId).param("id", personId).update();
    }

    public Optional<PersonView> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PersonTable::map).optional();
    }

    public Optional<PersonView> findByNik(String nik) {
        return jdbc.sql(SELECT + " where p.nik = :nik").param("nik", nik).query(PersonTable::map).optional();
    }

    /** Persons in scope with this NIK, or born on that day with a similar name: possible duplicates. */
    public List<PersonListItem> lookalikes(RegistryScope scope, String nik, String nameKey, LocalDate birthDate) {
        return jdbc.sql("select p.*, greatest(similarity(p.name_key, :key), word_similarity(:key, p.name_key)) as score"
                        + " from registry.person p where " + inScope("p")
                        + " and (p.nik = :nik or (p.birth_date = :birthDate and p.name_key % :key))"
                        + " order by p.nik = :nik desc, score desc limit 10")
                .params(scopeParams(scope))
                .param("nik", nik == null ? "" : nik)
                .param("key", nameKey)
                .param("birthDate", birthDate)
                .query(PersonTable::mapItem)
                .list();
    }

    /** List lines of these persons, those in scope only. */
    public List<PersonListItem> items(RegistryScope scope, Collection<Long> ids) {
        return jdbc.sql("select p.*, 1.0 as score from registry.person p where p.id = any(:ids) and " + inScope("p"))
                .params(scopeParams(scope))
                .param("ids", ids.toArray(Long[]::new))
                .query(PersonTable::mapItem)
                .list();
    }

    /** Stores a new person in the family the input names, if any, since today. */
    public long insert(CheckedPerson person, String nameKey, String dataSource, String warnings, long unitId) {
        return jdbc.sql("""
                insert into registry.person (province_code, nik, name, name_key, birth_place, birth_date, sex,
                       religion, education, occupation, marital_status, disability, region_code, address, rt, rw,
                       monthly_income, data_source, warnings, verification_status, registered_by_unit,
                       kk, kk_relationship, kk_since)
                values (:province, :nik, :name, :nameKey, :birthPlace, :birthDate, :sex, :religion, :education,
                        :occupation, :maritalStatus, :disability, :regionCode, :address, :rt, :rw, :income,
                        :dataSource, :warnings, :status, :unit, :kk, :relationship,
                        case when cast(:kk as char(16)) is null then null else current_date end)
                returning id
                """)
                .params(columns(person))
                .param("kk", person.kk())
                .param("relationship", relationshipInFamily(person.kk(), person.relationship()))
                .param("nameKey", nameKey)
                .param("dataSource", dataSource)
                .param("warnings", warnings)
                .param("status", warnings == null ? VerificationStatus.UNVERIFIED.name()
                        : VerificationStatus.TO_VERIFY.name())
                .param("unit", unitId)
                .query(Long.class)
                .single();
    }

    /** Writes the new values if the row still has {@code version}; false when someone was quicker. */
    public boolean update(long id, int version, CheckedPerson person, String nameKey, String warnings) {
        return jdbc.sql("""
                update registry.person
                   set province_code = :province, nik = :nik, name = :name, name_key = :nameKey,
                       birth_place = :birthPlace, birth_date = :birthDate, sex = :sex, religion = :religion,
                       education = :education, occupation = :occupation, marital_status = :maritalStatus,
                       disability = :disability, region_code = :regionCode, address = :address, rt = :rt, rw = :rw,
                       monthly_income = :income, warnings = :warnings,
                       verification_status = case when cast(:warnings as varchar) is null then verification_status
                                                else 'TO_VERIFY' end,
                       updated_at = now(), version = version + 1
                 where id = :id and version = :version
                """)
                .params(columns(person))
                .param("nameKey", nameKey)
                .param("warnings", warnings)
                .param("id", id)
                .param("version", version)
                .update() == 1;
    }

    /**
     * Makes {@code kk} (none when null) the person's family since today; the family they leave is
     * kept with its dates.
     */
    public void moveToFamily(long personId, String kk, Relationship relationship) {
        jdbc.sql("""
                with leaving as (
                  select id, province_code, kk, kk_relationship, kk_since from registry.person where id = :person
                     for update
                ),
                kept as (
                  insert into registry.family_membership (person_id, province_code, kk, relationship, valid_from,
                                                          valid_to)
                  select id, province_code, kk, kk_relationship, kk_since, greatest(current_date, kk_since)
                    from leaving
                   where kk is not null
                )
                update registry.person p
                   set kk = :kk, kk_relationship = :relationship,
                       kk_since = case when cast(:kk as char(16)) is null then null else current_date end
                  from leaving
                 where p.id = leaving.id
                """)
                .param("person", personId).param("kk", kk)
                .param("relationship", relationshipInFamily(kk, relationship))
                .update();
    }

    /** The relationship to the head of the family, kept only with a family (KK) to be the head of. */
    private static String relationshipInFamily(String kk, Relationship relationship) {
        return kk == null || relationship == null ? null : relationship.name();
    }

    /** Keeps a decile as received; the same date and source again replaces the value. */
    public void putDecile(long personId, String provinceCode, WelfareDecile decile) {
        jdbc.sql("""
                insert into registry.welfare_decile (person_id, province_code, received_on, decile, source)
                values (:person, :province, :receivedOn, :decile, :source)
                on conflict (person_id, received_on, source) do update set decile = excluded.decile
                """)
                .param("person", personId).param("province", provinceCode)
                .param("receivedOn", decile.receivedOn()).param("decile", decile.decile())
                .param("source", decile.source())
                .update();
    }

    public List<WelfareDecile> deciles(long personId) {
        return jdbc.sql("select * from registry.welfare_decile where person_id = :person order by received_on desc")
                .param("person", personId)
                .query((rs, n) -> new WelfareDecile(rs.getDate("received_on").toLocalDate(), rs.getInt("decile"),
                        rs.getString("source")))
                .list();
    }

    public void setVerification(long id, VerificationStatus status, LocalDate verifiedAt) {
        jdbc.sql("""
                update registry.person set verification_status = :status, verified_at = :verifiedAt,
                       updated_at = now(), version = version + 1
                 where id = :id
                """).param("status", status.name()).param("verifiedAt", verifiedAt).param("id", id).update();
    }

    public void deactivate(long id, InactiveReason reason) {
        jdbc.sql("""
                update registry.person set active = false, inactive_reason = :reason, updated_at = now(),
                       version = version + 1
                 where id = :id
                """).param("reason", reason.name()).param("id", id).update();
    }

    /** The history's source of what an import job changed, and of the persons it registered. */
    public static String importSource(UUID jobId) {
        return IMPORT_SOURCE + jobId;
    }

    private static final String IMPORT_SOURCE = "IMPORT ";

    public void addRegistration(long personId, String provinceCode, String username, Long unitId, String source) {
        addHistory(personId, provinceCode, username, unitId, source, Map.of());
    }

    public void addHistory(long personId, String provinceCode, String username, Long unitId, String source,
            Map<String, List<String>> changes) {
        try {
            jdbc.sql("""
                    insert into registry.person_history (person_id, province_code, changed_by, unit_id, source, changes)
                    values (:person, :province, :user, :unit, :source, cast(:changes as jsonb))
                    """)
                    .param("person", personId).param("province", provinceCode).param("user", username)
                    .param("unit", unitId).param("source", source)
                    .param("changes", json.writeValueAsString(changes))
                    .update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The history of the person and of those merged into them, newest first. A registration keeps
     * no values: they are the person's values before every later change, found by undoing those
     * changes from today's values, newest first. Every change keeps its old values, so nothing is
     * lost. A form's registration is an entry without changes; an import's is the person row's
     * creation by its job, which names the user, so that an import writes no entry for the persons
     * it registers.
     *
     * <p>Entries are undone in the order they were written, which is the order of their ids: every
     * writer adds its entry after it has changed (and so locked) the person's row. Their times are
     * those of their transactions' starts, so an import's batch that began before a form's change
     * but changed the person after it would have the earlier time. An import's registrations come
     * before every entry.
     */
    public List<HistoryEntry> history(long personId) {
        List<StoredEntry> stored = jdbc.sql("""
                select person_id, changed_at, changed_by, source, changes::text, id as written
                  from registry.person_history
                 where person_id = :person or person_id in (select id from registry.person where merged_into = :person)
                 union all
                select p.id, p.created_at, j.username, :importSource || p.import_job_id, '{}', 0
                  from registry.person p
                  left join registry.import_job j on j.id = p.import_job_id
                 where p.import_job_id is not null and (p.id = :person or p.merged_into = :person)
                 order by written desc
                """)
                .param("person", personId)
                .param("importSource", IMPORT_SOURCE)
                .query((rs, n) -> new StoredEntry(rs.getLong("person_id"), new HistoryEntry(
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"), rs.getString("source"),
                        changes(rs.getString("changes")))))
                .list();
        Map<Long, Map<String, String>> valuesBefore = new HashMap<>();
        List<HistoryEntry> history = new ArrayList<>(stored.size());
        for (StoredEntry entry : stored) {
            Map<String, String> before = valuesBefore.computeIfAbsent(entry.personId(),
                    id -> new LinkedHashMap<>(values(find(id).orElseThrow())));
            history.add(entry.registration() ? entry.registeredWith(before) : entry.undo(before));
        }
        return history;
    }

    private record StoredEntry(long personId, HistoryEntry entry) {

        boolean registration() {
            return entry.changes().isEmpty();
        }

        /** The entry with the values the person was registered with, each from nothing. */
        HistoryEntry registeredWith(Map<String, String> values) {
            Map<String, List<String>> changes = new LinkedHashMap<>();
            values.forEach((field, value) -> {
                if (value != null) {
                    changes.put(field, Arrays.asList(null, value));
                }
            });
            return new HistoryEntry(entry.changedAt(), entry.changedBy(), entry.source(), changes);
        }

        /** The entry as it is, the person's values taken back to what they were before it. */
        HistoryEntry undo(Map<String, String> values) {
            entry.changes().forEach((field, change) -> values.replace(field, change.get(0)));
            return entry;
        }
    }

    /** The values of a person that history compares, by column name. */
    public static Map<String, String> values(PersonView p) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("nik", p.nik());
        values.put("name", p.name());
        values.put("birth_place", p.birthPlace());
        values.put("birth_date", p.birthDate() == null ? null : p.birthDate().toString());
        values.put("sex", p.sex() == null ? null : p.sex().name());
        values.put("religion", p.religion());
        values.put("education", p.education());
        values.put("occupation", p.occupation());
        values.put("marital_status", p.maritalStatus());
        values.put("disability", p.disability());
        values.put("region_code", p.regionCode());
        values.put("address", p.address());
        values.put("rt", p.rt());
        values.put("rw", p.rw());
        values.put("monthly_income", p.monthlyIncome() == null ? null : p.monthlyIncome().toString());
        values.put("kk", p.kk());
        values.put("relationship", p.relationship() == null ? null : p.relationship().name());
        return values;
    }

    private Map<String, List<String>> changes(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, List<String>>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> columns(CheckedPerson person) {
        var input = person.input();
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("province", person.provinceCode());
        columns.put("nik", person.nik());
        columns.put("name", person.name());
        columns.put("birthPlace", blankToNull(input.tempatLahir()));
        columns.put("birthDate", person.birthDate());
        columns.put("sex", person.sex().name());
        columns.put("religion", upper(input.agama()));
        columns.put("education", upper(input.pendidikan()));
        columns.put("occupation", upper(input.pekerjaan()));
        columns.put("maritalStatus", upper(input.statusPerkawinan()));
        columns.put("disability", upper(input.disabilitas()));
        columns.put("regionCode", person.regionCode());
        columns.put("address", blankToNull(input.alamat()));
        columns.put("rt", blankToNull(input.rt()));
        columns.put("rw", blankToNull(input.rw()));
        columns.put("income", person.monthlyIncome());
        return columns;
    }

    private static String upper(String value) {
        String text = blankToNull(value);
        return text == null ? null : text.toUpperCase();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static PersonView map(ResultSet rs, int rowNum) throws SQLException {
        String warnings = rs.getString("warnings");
        var verifiedAt = rs.getDate("verified_at");
        long income = rs.getLong("monthly_income");
        boolean noIncome = rs.wasNull();
        String relationship = rs.getString("kk_relationship");
        String reason = rs.getString("inactive_reason");
        return new PersonView(rs.getLong("id"), rs.getString("nik"), rs.getString("name"), rs.getString("birth_place"),
                rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("sex")), rs.getString("religion"),
                rs.getString("education"), rs.getString("occupation"), rs.getString("marital_status"),
                rs.getString("disability"), rs.getString("region_code"), rs.getString("address"), rs.getString("rt"),
                rs.getString("rw"), noIncome ? null : income, rs.getString("kk"),
                relationship == null ? null : Relationship.valueOf(relationship),
                warnings == null ? List.of() : Arrays.stream(warnings.split(",")).map(ProblemCode::valueOf).toList(),
                VerificationStatus.valueOf(rs.getString("verification_status")),
                verifiedAt == null ? null : verifiedAt.toLocalDate(), rs.getBoolean("active"),
                reason == null ? null : InactiveReason.valueOf(reason), rs.getLong("registered_by_unit"),
                rs.getInt("version"));
    }

    public static PersonListItem mapItem(ResultSet rs, int rowNum) throws SQLException {
        return new PersonListItem(rs.getLong("id"), new Nik(rs.getString("nik")).masked(),
                rs.getString("name"), rs.getDate("birth_date").toLocalDate(), Sex.valueOf(rs.getString("sex")),
                rs.getString("region_code"), VerificationStatus.valueOf(rs.getString("verification_status")),
                rs.getBoolean("active"), rs.getDouble("score"));
    }
}
