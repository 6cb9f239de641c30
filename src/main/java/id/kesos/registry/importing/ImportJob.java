package id.kesos.registry.importing;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code registry.import_job}: the file, who imports it, and how far the worker got. */
public record ImportJob(UUID id, String status, String fileName, ImportFormat format, long fileSize, int fileChunks,
        long unitId, String territoryPrefix, String username, int batchSize, int nextBatch, int totalRows,
        int processedRows, int acceptedRows, int rejectedRows, int warningRows, String errorMessage,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";

    /** The entity type of the job's audit entries. */
    public static final String AUDIT_ENTITY = "REGISTRY_IMPORT";

    public boolean finished() {
        return SUCCEEDED.equals(status) || FAILED.equals(status);
    }

    /** The counts for audit entries and logs: never any personal data. */
    String summary() {
        return "status " + status + ", baris " + totalRows + ", diproses " + processedRows + ", diterima "
                + acceptedRows + ", ditolak " + rejectedRows + ", peringatan " + warningRows;
    }
}
