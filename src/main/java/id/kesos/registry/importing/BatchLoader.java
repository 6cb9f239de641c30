package id.kesos.registry.importing;

import id.kesos.registry.CheckedPerson;
import id.kesos.registry.ProblemCode;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores one batch of checked rows in one transaction, set-based, together with the job's
 * counters. The registry is asked once which of the batch's NIKs it holds. New persons are
 * copied straight into {@code registry.person} (their ids drawn from its sequence beforehand),
 * with their first history entry and family membership, like a plain COPY. Known persons go
 * through a temporary table: updated only where a value or the family really changed, with a
 * history entry built in SQL from the old and new values, and the family membership rotated.
 * A crash leaves the batch out entirely; storing it again is harmless, since only what differs
 * is changed.
 */
@Component
class BatchLoader {

    /** The batch's NIKs the registry holds already, with what tells whether it is the same person. */
    private static final String KNOWN = """
            select nik, name_key, birth_date from registry.person where nik = any(cast(:niks as char(16)[]))
            """;

    /** Ids for the new persons and the database's date, in one round trip. */
    private static final String NEW_IDS = """
            select current_date as today,
                   array(select nextval('registry.person_id_seq') from generate_series(1, :count)) as ids
            """;

    private static final String COPY_PERSONS = """
            copy registry.person (id, province_code, nik, name, name_key, birth_place, birth_date, sex, religion,
                                  education, occupation, marital_status, disability, region_code, address, rt, rw,
                                  monthly_income, data_source, warnings, verification_status, registered_by_unit)
            from stdin
            """;

    private static final String COPY_HISTORY = """
            copy registry.person_history (person_id, province_code, changed_by, unit_id, source, changes) from stdin
            """;

    private static final String COPY_MEMBERSHIPS = """
            copy registry.family_membership (person_id, province_code, kk, relationship, valid_from) from stdin
            """;

    /** The known persons' rows of the batch; emptied at every commit. */
    private static final String CREATE_STAGE = """
            create temp table if not exists import_row (
              nik            char(16)     not null,
              kk             char(16),
              relationship   varchar(20),
              name           varchar(150) not null,
              name_key       varchar(150) not null,
              birth_place    varchar(100),
              birth_date     date         not null,
              sex            char(1)      not null,
              religion       varchar(40),
              education      varchar(40),
              occupation     varchar(40),
              marital_status varchar(40),
              disability     varchar(40),
              region_code    varchar(13)  not null,
              address        varchar(200),
              rt             varchar(3),
              rw             varchar(3),
              monthly_income bigint,
              province_code  varchar(2)   not null,
              warnings       varchar(200)
            ) on commit delete rows
            """;

    private static final String COPY_STAGE = """
            copy import_row (nik, kk, relationship, name, name_key, birth_place, birth_date, sex, religion,
                             education, occupation, marital_status, disability, region_code, address, rt, rw,
                             monthly_income, province_code, warnings) from stdin
            """;

    /**
     * Known persons whose values or current family differ: updated, version bumped, and one
     * history entry each with the old and new value of every changed field. The cheap row
     * comparison comes first, so unchanged persons cost no JSON.
     */
    private static final String UPDATE_CHANGED = """
            with changed as (
              select p.id,
                     jsonb_strip_nulls(jsonb_build_object(
                       'name',           registry.value_change(p.name, s.name),
                       'birth_place',    registry.value_change(p.birth_place, s.birth_place),
                       'birth_date',     registry.value_change(p.birth_date::text, s.birth_date::text),
                       'sex',            registry.value_change(p.sex, s.sex),
                       'religion',       registry.value_change(p.religion, s.religion),
                       'education',      registry.value_change(p.education, s.education),
                       'occupation',     registry.value_change(p.occupation, s.occupation),
                       'marital_status', registry.value_change(p.marital_status, s.marital_status),
                       'disability',     registry.value_change(p.disability, s.disability),
                       'region_code',    registry.value_change(p.region_code, s.region_code),
                       'address',        registry.value_change(p.address, s.address),
                       'rt',             registry.value_change(p.rt, s.rt),
                       'rw',             registry.value_change(p.rw, s.rw),
                       'monthly_income', registry.value_change(p.monthly_income::text, s.monthly_income::text),
                       'kk',             case when s.kk is not null then registry.value_change(m.kk, s.kk) end,
                       'relationship',   case when s.kk is not null
                                              then registry.value_change(m.relationship, s.relationship) end
                     )) as changes
                from import_row s
                join registry.person p on p.nik = s.nik
                left join registry.family_membership m on m.person_id = p.id and m.valid_to is null
               where (p.name, p.birth_place, p.birth_date, p.sex, p.religion, p.education, p.occupation,
                      p.marital_status, p.disability, p.region_code, p.address, p.rt, p.rw, p.monthly_income)
                     is distinct from
                     (s.name, s.birth_place, s.birth_date, s.sex, s.religion, s.education, s.occupation,
                      s.marital_status, s.disability, s.region_code, s.address, s.rt, s.rw, s.monthly_income)
                  or s.kk is not null and (m.kk, m.relationship) is distinct from (s.kk, s.relationship)
            ),
            updated as (
              update registry.person p
                 set province_code = s.province_code, name = s.name, name_key = s.name_key,
                     birth_place = s.birth_place, birth_date = s.birth_date, sex = s.sex, religion = s.religion,
                     education = s.education, occupation = s.occupation, marital_status = s.marital_status,
                     disability = s.disability, region_code = s.region_code, address = s.address, rt = s.rt,
                     rw = s.rw, monthly_income = s.monthly_income, warnings = s.warnings,
                     verification_status = case when s.warnings is null then p.verification_status
                                                else 'TO_VERIFY' end,
                     updated_at = now(), version = p.version + 1
                from import_row s, changed c
               where s.nik = p.nik and c.id = p.id
              returning p.id, p.province_code
            )
            insert into registry.person_history (person_id, province_code, changed_by, unit_id, source, changes)
            select u.id, u.province_code, :username, :unit, :source, c.changes
              from updated u
              join changed c on c.id = u.id
            """;

    /** A KK or relationship that differs from the open membership closes it... */
    private static final String CLOSE_MEMBERSHIPS = """
            update registry.family_membership m
               set valid_to = greatest(current_date, m.valid_from)
              from import_row s
              join registry.person p on p.nik = s.nik
             where s.kk is not null and m.person_id = p.id and m.valid_to is null
               and (m.kk, m.relationship) is distinct from (s.kk, s.relationship)
            """;

    /** ...and every known person with a KK in the file and no open membership gets one. */
    private static final String OPEN_MEMBERSHIPS = """
            insert into registry.family_membership (person_id, province_code, kk, relationship, valid_from)
            select p.id, p.province_code, s.kk, s.relationship, current_date
              from import_row s
              join registry.person p on p.nik = s.nik
             where s.kk is not null
               and not exists (select from registry.family_membership m
                                where m.person_id = p.id and m.valid_to is null)
             order by p.id
            """;

    private static final String COPY_PROBLEMS =
            "copy registry.import_problem (job_id, line, ordinal, severity, code, field) from stdin";

    private record Known(String nameKey, LocalDate birthDate) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ImportJobs jobs;
    private final TransactionTemplate transaction;

    BatchLoader(JdbcClient jdbc, DataSource dataSource, ImportJobs jobs, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Stores batch number {@code batch} of the job; refuses a batch the job does not expect next. */
    void store(ImportJob job, int batch, List<CheckedRow> rows) {
        transaction.executeWithoutResult(status -> {
            int expected = jobs.lockNextBatch(job.id());
            if (expected != batch) {
                throw new IllegalStateException("import job expects batch " + expected + ", not " + batch);
            }
            List<CheckedRow> accepted = rows.stream().filter(row -> !row.hasErrors())
                    .sorted(Comparator.comparing(row -> row.person().nik()))
                    .toList();
            Map<String, Known> known = known(accepted);
            Set<Integer> clashes = new HashSet<>();
            List<CheckedRow> created = new ArrayList<>();
            List<CheckedRow> updated = new ArrayList<>();
            for (CheckedRow row : accepted) {
                Known person = known.get(row.person().nik());
                if (person == null) {
                    created.add(row);
                } else if (clearlySomeoneElse(person, row)) {
                    clashes.add(row.line());
                } else {
                    updated.add(row);
                }
            }
            String source = "IMPORT " + job.id();
            insertNew(job, source, created);
            updateKnown(job, source, updated);
            int stored = created.size() + updated.size();
            int warnings = (int) accepted.stream()
                    .filter(row -> row.hasWarnings() && !clashes.contains(row.line())).count();
            copy(COPY_PROBLEMS, problems(job.id(), rows, clashes));
            jobs.batchDone(job.id(), batch, stored, rows.size() - stored, warnings);
        });
    }

    /** Another name and another birth date: the NIK is someone else's (or mistyped). */
    private static boolean clearlySomeoneElse(Known person, CheckedRow row) {
        return !person.nameKey().equals(row.nameKey()) && !person.birthDate().equals(row.person().birthDate());
    }

    private Map<String, Known> known(List<CheckedRow> accepted) {
        Map<String, Known> known = new HashMap<>();
        if (!accepted.isEmpty()) {
            jdbc.sql(KNOWN)
                    .param("niks", accepted.stream().map(row -> row.person().nik()).toArray(String[]::new))
                    .query(rs -> {
                        known.put(rs.getString("nik"), new Known(rs.getString("name_key"),
                                rs.getDate("birth_date").toLocalDate()));
                    });
        }
        return known;
    }

    /** New persons, their first history entry and their family: three COPYs. */
    private void insertNew(ImportJob job, String source, List<CheckedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long[] ids = new long[rows.size()];
        LocalDate[] today = new LocalDate[1];
        jdbc.sql(NEW_IDS).param("count", rows.size()).query(rs -> {
            today[0] = rs.getObject("today", LocalDate.class);
            Array array = rs.getArray("ids");
            Long[] values = (Long[]) array.getArray();
            for (int i = 0; i < values.length; i++) {
                ids[i] = values[i];
            }
        });
        StringBuilder persons = new StringBuilder(rows.size() * 220);
        StringBuilder history = new StringBuilder(rows.size() * 450);
        StringBuilder families = new StringBuilder(rows.size() * 60);
        String unit = Long.toString(job.unitId());
        for (int i = 0; i < rows.size(); i++) {
            CheckedRow row = rows.get(i);
            Values v = Values.of(row);
            String id = Long.toString(ids[i]);
            line(persons, id, v.province, v.nik, v.name, row.nameKey(), v.birthPlace, v.birthDate, v.sex, v.religion,
                    v.education, v.occupation, v.maritalStatus, v.disability, v.regionCode, v.address, v.rt, v.rw,
                    v.income, "IMPORT", v.warnings, v.warnings == null ? "UNVERIFIED" : "TO_VERIFY", unit);
            line(history, id, v.province, job.username(), unit, source, v.firstValuesJson());
            if (v.kk != null) {
                line(families, id, v.province, v.kk, v.relationship, today[0].toString());
            }
        }
        copy(COPY_PERSONS, persons);
        copy(COPY_HISTORY, history);
        copy(COPY_MEMBERSHIPS, families);
    }

    /** Known persons: through the stage, changing only what differs. */
    private void updateKnown(ImportJob job, String source, List<CheckedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql(CREATE_STAGE).update();
        StringBuilder data = new StringBuilder(rows.size() * 220);
        for (CheckedRow row : rows) {
            Values v = Values.of(row);
            line(data, v.nik, v.kk, v.relationship, v.name, row.nameKey(), v.birthPlace, v.birthDate, v.sex,
                    v.religion, v.education, v.occupation, v.maritalStatus, v.disability, v.regionCode, v.address,
                    v.rt, v.rw, v.income, v.province, v.warnings);
        }
        copy(COPY_STAGE, data);
        jdbc.sql("analyze import_row").update();
        jdbc.sql(UPDATE_CHANGED)
                .param("username", job.username()).param("unit", job.unitId()).param("source", source)
                .update();
        jdbc.sql(CLOSE_MEMBERSHIPS).update();
        jdbc.sql(OPEN_MEMBERSHIPS).update();
    }

    /** Every problem of the rows, a NIK of someone else's added to the lines in {@code clashes}. */
    private static StringBuilder problems(UUID job, List<CheckedRow> rows, Set<Integer> clashes) {
        StringBuilder data = new StringBuilder();
        String jobId = job.toString();
        CheckedRow.RowProblem clash = ImportRowChecker.of(ProblemCode.NIK_DUPLICATE, "nik");
        for (CheckedRow row : rows) {
            List<CheckedRow.RowProblem> problems = row.problems();
            if (clashes.contains(row.line())) {
                problems = new ArrayList<>(problems);
                problems.add(clash);
            }
            for (int i = 0; i < problems.size(); i++) {
                CheckedRow.RowProblem problem = problems.get(i);
                line(data, jobId, Integer.toString(row.line()), Integer.toString(i), problem.severity().name(),
                        problem.code(), problem.field());
            }
        }
        return data;
    }

    private void copy(String sql, StringBuilder data) {
        if (data.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY into the registry failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static void line(StringBuilder out, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String value = values[i];
            if (value == null) {
                out.append("\\N");
                continue;
            }
            for (int j = 0; j < value.length(); j++) {
                char c = value.charAt(j);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\0' -> { }
                    default -> out.append(c);
                }
            }
        }
        out.append('\n');
    }

    /** A row's values as the registry stores them: trimmed, blanks as null, codes in capitals. */
    private record Values(String nik, String kk, String relationship, String name, String birthPlace,
            String birthDate, String sex, String religion, String education, String occupation, String maritalStatus,
            String disability, String regionCode, String address, String rt, String rw, String income,
            String province, String warnings) {

        static Values of(CheckedRow row) {
            CheckedPerson p = row.person();
            var in = p.input();
            return new Values(p.nik(), p.kk(), p.relationship() == null ? null : p.relationship().name(), p.name(),
                    text(in.tempatLahir()), p.birthDate().toString(), p.sex().name(), code(in.agama()),
                    code(in.pendidikan()), code(in.pekerjaan()), code(in.statusPerkawinan()), code(in.disabilitas()),
                    p.regionCode(), text(in.alamat()), text(in.rt()), text(in.rw()),
                    p.monthlyIncome() == null ? null : p.monthlyIncome().toString(), p.provinceCode(),
                    row.warnings());
        }

        /**
         * The first history entry of a new person, every value from null, in the form
         * {@code registry.person_history.changes} keeps (what the person form writes too).
         */
        String firstValuesJson() {
            StringBuilder json = new StringBuilder(400).append('{');
            field(json, "nik", nik);
            field(json, "name", name);
            field(json, "birth_place", birthPlace);
            field(json, "birth_date", birthDate);
            field(json, "sex", sex);
            field(json, "religion", religion);
            field(json, "education", education);
            field(json, "occupation", occupation);
            field(json, "marital_status", maritalStatus);
            field(json, "disability", disability);
            field(json, "region_code", regionCode);
            field(json, "address", address);
            field(json, "rt", rt);
            field(json, "rw", rw);
            field(json, "monthly_income", income);
            field(json, "kk", kk);
            field(json, "relationship", kk == null ? null : relationship);
            return json.append('}').toString();
        }

        private static void field(StringBuilder json, String key, String value) {
            if (value == null) {
                return;
            }
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append('"').append(key).append("\": [null, ");
            string(json, value);
            json.append(']');
        }

        private static void string(StringBuilder json, String value) {
            json.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"' -> json.append("\\\"");
                    case '\\' -> json.append("\\\\");
                    case '\n' -> json.append("\\n");
                    case '\r' -> json.append("\\r");
                    case '\t' -> json.append("\\t");
                    case '\0' -> { }
                    default -> {
                        if (c < 0x20) {
                            json.append(String.format("\\u%04x", (int) c));
                        } else {
                            json.append(c);
                        }
                    }
                }
            }
            json.append('"');
        }

        private static String text(String value) {
            return value == null || value.isBlank() ? null : value.strip().replace("\0", "");
        }

        /** Religion, education and the like are codes: kept in capitals, as the person form keeps them. */
        private static String code(String value) {
            String text = text(value);
            return text == null ? null : text.toUpperCase(Locale.ROOT);
        }
    }
}
