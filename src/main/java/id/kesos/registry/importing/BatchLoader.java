package id.kesos.registry.importing;

import id.kesos.registry.CheckedPerson;
import id.kesos.registry.ProblemCode;
import id.kesos.registry.internal.PersonTable;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores batches of checked rows, set-based, in two steps, so that the next batch can be prepared
 * while the previous one is stored.
 *
 * <p>{@link #prepare} runs outside any transaction. It reads what the registry holds for the
 * batch's NIKs, sorts the rows into new persons, changed persons, unchanged persons and NIKs held
 * by someone else, draws ids for the new persons from the sequence and writes the data of every
 * COPY.
 *
 * <p>{@link #store} runs one transaction, together with the job's counters. New persons are
 * copied straight into {@code registry.person}, their current family and the import that registers
 * them on the same row, like a plain COPY; a NIK registered since the batch was prepared
 * fails the COPY on the unique index. Changed persons go through a temporary table and are updated
 * where a value or the family still differs, with a history entry built in SQL from the old and new
 * values, and the family they leave kept in {@code registry.family_membership}. Unchanged persons
 * cost nothing. A crash leaves the batch out
 * entirely; storing it again is harmless, since only what differs is changed.
 */
@Component
class BatchLoader {

    /** What the registry holds for the batch's NIKs, as text like the import writes it. */
    private static final String KNOWN = """
            select id, nik, name_key, kk, kk_relationship, name, birth_place, birth_date::text, sex, religion,
                   education, occupation, marital_status, disability, region_code, address, rt, rw,
                   monthly_income::text
              from registry.person
             where nik = any(cast(:niks as char(16)[]))
            """;

    /** The column of {@code KNOWN} where the values of {@link Values#comparable()} begin. */
    private static final int FIRST_VALUE_COLUMN = 6;

    /** Ids for the new persons and the database's date, in one round trip. */
    private static final String NEW_IDS = """
            select current_date as today,
                   array(select nextval('registry.person_id_seq') from generate_series(1, :count)) as ids
            """;

    private static final String COPY_PERSONS = """
            copy registry.person (id, province_code, nik, name, name_key, birth_place, birth_date, sex, religion,
                                  education, occupation, marital_status, disability, region_code, address, rt, rw,
                                  monthly_income, data_source, warnings, verification_status, registered_by_unit,
                                  kk, kk_relationship, kk_since, import_job_id)
            from stdin
            """;

    /** The changed persons' rows of the batch; emptied at every commit. */
    private static final String CREATE_STAGE = """
            create temp table if not exists import_row (
              person_id      bigint       not null,
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
            copy import_row (person_id, kk, relationship, name, name_key, birth_place, birth_date, sex, religion,
                             education, occupation, marital_status, disability, region_code, address, rt, rw,
                             monthly_income, province_code, warnings) from stdin
            """;

    /**
     * Changed persons: updated where a value or the current family really differs (checked
     * again here, in the transaction), version bumped, one history entry each with the old and
     * new value of every changed field, and the family a person leaves kept with its dates. The
     * persons are locked as they are compared, so that a change another transaction commits
     * meanwhile is compared (and kept in the history as the old value) instead of being
     * overwritten unrecorded. A row without a KK leaves the person's family as it is.
     */
    private static final String UPDATE_CHANGED = """
            with changed as (
              select p.id, p.province_code, p.kk, p.kk_relationship, p.kk_since,
                     s.kk is not null and (p.kk, p.kk_relationship) is distinct from (s.kk, s.relationship) as moves,
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
                       'kk',             case when s.kk is not null then registry.value_change(p.kk, s.kk) end,
                       'relationship',   case when s.kk is not null
                                              then registry.value_change(p.kk_relationship, s.relationship) end
                     )) as changes
                from import_row s
                join registry.person p on p.id = s.person_id
               where (p.name, p.birth_place, p.birth_date, p.sex, p.religion, p.education, p.occupation,
                      p.marital_status, p.disability, p.region_code, p.address, p.rt, p.rw, p.monthly_income)
                     is distinct from
                     (s.name, s.birth_place, s.birth_date, s.sex, s.religion, s.education, s.occupation,
                      s.marital_status, s.disability, s.region_code, s.address, s.rt, s.rw, s.monthly_income)
                  or s.kk is not null and (p.kk, p.kk_relationship) is distinct from (s.kk, s.relationship)
                 for update of p
            ),
            updated as (
              update registry.person p
                 set province_code = s.province_code, name = s.name, name_key = s.name_key,
                     birth_place = s.birth_place, birth_date = s.birth_date, sex = s.sex, religion = s.religion,
                     education = s.education, occupation = s.occupation, marital_status = s.marital_status,
                     disability = s.disability, region_code = s.region_code, address = s.address, rt = s.rt,
                     rw = s.rw, monthly_income = s.monthly_income, warnings = s.warnings,
                     kk = coalesce(s.kk, p.kk),
                     kk_relationship = case when s.kk is null then p.kk_relationship else s.relationship end,
                     kk_since = case when c.moves then current_date else p.kk_since end,
                     verification_status = case when s.warnings is null then p.verification_status
                                                else 'TO_VERIFY' end,
                     updated_at = now(), version = p.version + 1
                from import_row s
                join changed c on c.id = s.person_id
               where p.id = s.person_id
              returning p.id, p.province_code
            ),
            left_family as (
              insert into registry.family_membership (person_id, province_code, kk, relationship, valid_from, valid_to)
              select id, province_code, kk, kk_relationship, kk_since, greatest(current_date, kk_since)
                from changed
               where moves and kk is not null
            )
            insert into registry.person_history (person_id, province_code, changed_by, unit_id, source, changes)
            select u.id, u.province_code, :username, :unit, :source, c.changes
              from updated u
              join changed c on c.id = u.id
            """;

    private static final String COPY_PROBLEMS =
            "copy registry.import_problem (job_id, line, ordinal, severity, code, field) from stdin";

    /** What the registry holds for a NIK: to tell the same person, and whether anything changed. */
    private record Known(long id, String nameKey, LocalDate birthDate, String kk, String relationship,
            String[] values) {}

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

    /**
     * Sorts batch number {@code number} of the job and writes the data of its COPYs.
     *
     * @param lookUp false to take every NIK for new without asking the registry, for a file that
     *               has met no registered NIK so far: {@link #store} then fails on the unique index
     *               if one is registered after all
     */
    PreparedBatch prepare(ImportJob job, int number, List<CheckedRow> rows, boolean lookUp) {
        List<CheckedRow> accepted = rows.stream().filter(row -> !row.hasErrors())
                .sorted(Comparator.comparing(row -> row.person().nik()))
                .toList();
        Map<String, Known> known = lookUp ? known(accepted) : Map.of();
        Set<Integer> clashes = new HashSet<>();
        List<CheckedRow> created = new ArrayList<>();
        StringBuilder stage = new StringBuilder();
        for (CheckedRow row : accepted) {
            Known person = known.get(row.person().nik());
            if (person == null) {
                created.add(row);
            } else if (clearlySomeoneElse(person, row)) {
                clashes.add(row.line());
            } else {
                Values v = Values.of(row);
                if (differs(person, v)) {
                    line(stage, Long.toString(person.id()), v.kk, v.relationship, v.name, row.nameKey(),
                            v.birthPlace, v.birthDate, v.sex, v.religion, v.education, v.occupation,
                            v.maritalStatus, v.disability, v.regionCode, v.address, v.rt, v.rw, v.income, v.province,
                            v.warnings);
                }
            }
        }
        StringBuilder persons = new StringBuilder(created.size() * 220);
        writeNew(job, created, persons);
        int stored = accepted.size() - clashes.size();
        int warnings = (int) accepted.stream()
                .filter(row -> row.hasWarnings() && !clashes.contains(row.line())).count();
        return new PreparedBatch(number, rows, persons.toString(), stage.toString(), problems(job.id(), rows, clashes).toString(), stored,
                rows.size() - stored, warnings);
    }

    /**
     * Stores the batch and counts it on the job in one transaction; refuses a batch the job does
     * not expect next.
     *
     * @throws DuplicateKeyException when a NIK taken for new is registered (prepare the batch again,
     *                               looking up)
     */
    void store(ImportJob job, PreparedBatch batch) {
        transaction.executeWithoutResult(status -> {
            int expected = jobs.lockNextBatch(job.id());
            if (expected != batch.number()) {
                throw new IllegalStateException("import job expects batch " + expected + ", not " + batch.number());
            }
            copy(COPY_PERSONS, batch.persons());
            if (!batch.changed().isEmpty()) {
                jdbc.sql(CREATE_STAGE).update();
                copy(COPY_STAGE, batch.changed());
                jdbc.sql("analyze import_row").update();
                jdbc.sql(UPDATE_CHANGED)
                        .param("username", job.username()).param("unit", job.unitId()).param("source", source(job))
                        .update();
            }
            copy(COPY_PROBLEMS, batch.problems());
            jobs.batchDone(job.id(), batch.number(), batch.stored(), batch.rejected(), batch.warnings());
        });
    }

    private static String source(ImportJob job) {
        return PersonTable.importSource(job.id());
    }

    /** Another name and another birth date: the NIK is someone else's (or mistyped). */
    private static boolean clearlySomeoneElse(Known person, CheckedRow row) {
        return !person.nameKey().equals(row.nameKey()) && !person.birthDate().equals(row.person().birthDate());
    }

    /** A value or, when the row names a KK, the current family differs from the registry's. */
    private static boolean differs(Known person, Values v) {
        return !Arrays.equals(person.values(), v.comparable()) || v.kk != null
                && (!v.kk.equals(person.kk()) || !Objects.equals(v.relationship, person.relationship()));
    }

    private Map<String, Known> known(List<CheckedRow> accepted) {
        Map<String, Known> known = new HashMap<>();
        if (accepted.isEmpty()) {
            return known;
        }
        jdbc.sql(KNOWN)
                .param("niks", accepted.stream().map(row -> row.person().nik()).toArray(String[]::new))
                .query(rs -> {
                    known.put(rs.getString("nik"), new Known(rs.getLong("id"), rs.getString("name_key"),
                            LocalDate.parse(rs.getString("birth_date")), rs.getString("kk"),
                            rs.getString("kk_relationship"), comparable(rs)));
                });
        return known;
    }

    private static String[] comparable(ResultSet rs) throws SQLException {
        String[] values = new String[Values.COMPARED];
        for (int i = 0; i < values.length; i++) {
            values[i] = rs.getString(FIRST_VALUE_COLUMN + i);
        }
        return values;
    }

    /**
     * New persons with ids from the sequence, their family and the job: the job's user, unit and
     * the row's creation time are their registration, which the history shows without an entry.
     */
    private void writeNew(ImportJob job, List<CheckedRow> rows, StringBuilder persons) {
        if (rows.isEmpty()) {
            return;
        }
        long[] ids = new long[rows.size()];
        LocalDate[] today = new LocalDate[1];
        jdbc.sql(NEW_IDS).param("count", rows.size()).query(rs -> {
            today[0] = rs.getObject("today", LocalDate.class);
            Long[] values = (Long[]) rs.getArray("ids").getArray();
            for (int i = 0; i < values.length; i++) {
                ids[i] = values[i];
            }
        });
        String unit = Long.toString(job.unitId());
        String jobId = job.id().toString();
        for (int i = 0; i < rows.size(); i++) {
            CheckedRow row = rows.get(i);
            Values v = Values.of(row);
            String id = Long.toString(ids[i]);
            line(persons, id, v.province, v.nik, v.name, row.nameKey(), v.birthPlace, v.birthDate, v.sex, v.religion,
                    v.education, v.occupation, v.maritalStatus, v.disability, v.regionCode, v.address, v.rt, v.rw,
                    v.income, "IMPORT", v.warnings, v.warnings == null ? "UNVERIFIED" : "TO_VERIFY", unit, v.kk,
                    v.kk == null ? null : v.relationship, v.kk == null ? null : today[0].toString(), jobId);
        }
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

    /** COPY into the transaction's connection; a NIK registered already is a {@link DuplicateKeyException}. */
    private void copy(String sql, String data) {
        if (data.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data));
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new DuplicateKeyException("a NIK of the batch is registered already");
            }
            throw new IllegalStateException("COPY into the registry failed", e);
        } catch (IOException e) {
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
            if (values[i] == null) {
                out.append("\\N");
            } else {
                escaped(out, values[i]);
            }
        }
        out.append('\n');
    }

    /** The value with COPY's escapes, appended in runs: most values need none. */
    private static void escaped(StringBuilder out, String value) {
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\0' -> "";
                default -> null;
            };
            if (escape != null) {
                out.append(value, run, i).append(escape);
                run = i + 1;
            }
        }
        if (run == 0) {
            out.append(value);
        } else {
            out.append(value, run, value.length());
        }
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

        static final int COMPARED = 14;

        /** The values an update compares, in the order of the {@code KNOWN} query's columns. */
        String[] comparable() {
            return new String[] {name, birthPlace, birthDate, sex, religion, education, occupation, maritalStatus,
                disability, regionCode, address, rt, rw, income};
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
