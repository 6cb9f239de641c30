package id.kesos.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of import jobs, their stored files and their problems. */
@Repository
public class ImportJobs {

    static final int CHUNK_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;
    /** For long reads: fetches rows in portions inside a transaction instead of all at once. */
    private final JdbcClient streaming;

    ImportJobs(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(5000);
        this.streaming = JdbcClient.create(template);
    }

    /** A new queued job with its file; call inside the transaction that should publish both at once. */
    public void create(UUID id, String fileName, ImportFormat format, Path file, int totalRows, long unitId,
            String territoryPrefix, String username, int batchSize) throws IOException {
        long size = Files.size(file);
        int chunks = (int) Math.max(1, (size + CHUNK_BYTES - 1) / CHUNK_BYTES);
        jdbc.sql("""
                insert into registry.import_job (id, file_name, file_format, file_size, file_chunks, unit_id,
                       territory_prefix, username, batch_size, total_rows)
                values (:id, :name, :format, :size, :chunks, :unit, :prefix, :username, :batchSize, :total)
                """)
                .param("id", id).param("name", fileName).param("format", format.name()).param("size", size)
                .param("chunks", chunks).param("unit", unitId).param("prefix", territoryPrefix)
                .param("username", username).param("batchSize", batchSize).param("total", totalRows)
                .update();
        try (InputStream in = Files.newInputStream(file)) {
            for (int seq = 0; seq < chunks; seq++) {
                jdbc.sql("insert into registry.import_file_chunk (job_id, seq, data) values (:id, :seq, :data)")
                        .param("id", id).param("seq", seq).param("data", in.readNBytes(CHUNK_BYTES))
                        .update();
            }
        }
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from registry.import_job where id = :id").param("id", id)
                .query(ImportJobs::map).optional();
    }

    /** The latest jobs of these units, newest first. */
    public List<ImportJob> recent(List<Long> unitIds, int limit) {
        return jdbc.sql("""
                select * from registry.import_job where unit_id = any(:units)
                 order by created_at desc limit :limit
                """)
                .param("units", unitIds.toArray(Long[]::new)).param("limit", limit)
                .query(ImportJobs::map).list();
    }

    /** Jobs that wait for a worker or whose worker may have died, oldest first. */
    List<UUID> unfinished() {
        return jdbc.sql("select id from registry.import_job where status in ('QUEUED', 'RUNNING') order by created_at")
                .query((rs, n) -> rs.getObject("id", UUID.class)).list();
    }

    /** Marks the job running (again); empty when it has finished meanwhile. */
    Optional<ImportJob> start(UUID id) {
        return jdbc.sql("""
                update registry.import_job
                   set status = 'RUNNING', started_at = coalesce(started_at, now()), updated_at = now()
                 where id = :id and status in ('QUEUED', 'RUNNING')
                returning *
                """).param("id", id).query(ImportJobs::map).optional();
    }

    /** Writes the stored file to {@code target}, one chunk at a time. */
    void copyFile(ImportJob job, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int seq = 0; seq < job.fileChunks(); seq++) {
                byte[] data = jdbc.sql("select data from registry.import_file_chunk where job_id = :id and seq = :seq")
                        .param("id", job.id()).param("seq", seq)
                        .query((rs, n) -> rs.getBytes(1)).optional()
                        .orElseThrow(() -> new IllegalStateException("import file chunk missing"));
                out.write(data);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The batch the job expects next, with the job row locked until the transaction ends. */
    int lockNextBatch(UUID id) {
        return jdbc.sql("select next_batch from registry.import_job where id = :id and status = 'RUNNING' for update")
                .param("id", id).query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("import job is not running"));
    }

    /** Counts a committed batch and moves on to the next one, in the batch's transaction. */
    void batchDone(UUID id, int batch, int accepted, int rejected, int warnings) {
        jdbc.sql("""
                update registry.import_job
                   set next_batch = :next, processed_rows = processed_rows + :accepted + :rejected,
                       accepted_rows = accepted_rows + :accepted, rejected_rows = rejected_rows + :rejected,
                       warning_rows = warning_rows + :warnings, updated_at = now()
                 where id = :id
                """)
                .param("id", id).param("next", batch + 1).param("accepted", accepted).param("rejected", rejected)
                .param("warnings", warnings)
                .update();
    }

    /** Ends the job and drops its stored file. */
    ImportJob finish(UUID id, String status, String errorKey) {
        jdbc.sql("delete from registry.import_file_chunk where job_id = :id").param("id", id).update();
        return jdbc.sql("""
                update registry.import_job
                   set status = :status, error_message = :error, finished_at = now(), updated_at = now()
                 where id = :id
                returning *
                """)
                .param("id", id).param("status", status).param("error", errorKey)
                .query(ImportJobs::map).single();
    }

    /** Hands every problem of the job to {@code handler}, by line; streams inside a transaction. */
    public void problems(UUID id, RowCallbackHandler handler) {
        streaming.sql("""
                select line, severity, code, field from registry.import_problem
                 where job_id = :id order by line, ordinal
                """).param("id", id).query(handler);
    }

    private static ImportJob map(ResultSet rs, int rowNum) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("file_format")), rs.getLong("file_size"), rs.getInt("file_chunks"),
                rs.getLong("unit_id"), rs.getString("territory_prefix"), rs.getString("username"),
                rs.getInt("batch_size"), rs.getInt("next_batch"), rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("accepted_rows"), rs.getInt("rejected_rows"),
                rs.getInt("warning_rows"), rs.getString("error_message"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
