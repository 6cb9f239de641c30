package id.kesos.registry;

import de.siegmar.fastcsv.writer.CsvWriter;
import id.kesos.access.KesosUser;
import id.kesos.access.Role;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.importing.ImportFileException;
import id.kesos.registry.importing.ImportFiles;
import id.kesos.registry.importing.ImportJob;
import id.kesos.registry.importing.ImportJobs;
import id.kesos.registry.importing.ImportSettings;
import id.kesos.registry.importing.ImportWorker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import of persons from CSV or XLSX files. An upload is checked whole (type by content,
 * header, at least one row) before anything is stored, then queued as a job that a background
 * worker works off in batches; the job's counts and the problems of its rows can be read while
 * it runs. A job is visible to the users whose scope holds the importing unit.
 */
@Service
public class RegistryImports {

    /** The roles that may import; a viewer only follows the jobs of their scope. */
    public static final Set<Role> IMPORTERS = RegistryEditors.ROLES;

    /** The status of a job, where it stands. */
    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        public boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    /**
     * An import job as screens and the API show it.
     *
     * @param errorKey why a FAILED job failed, as a message key
     */
    public record Job(UUID id, Status status, String fileName, String format, String username, int totalRows,
            int processedRows, int acceptedRows, int rejectedRows, int warningRows, String errorKey,
            Instant createdAt, Instant startedAt, Instant finishedAt) {

        public boolean finished() {
            return status.finished();
        }

        /** How much of the file is done, 0-100. */
        public int percent() {
            return totalRows == 0 ? (finished() ? 100 : 0) : (int) Math.min(100, 100L * processedRows / totalRows);
        }
    }

    private static final String ENTITY = ImportJob.AUDIT_ENTITY;
    private static final List<String> PROBLEM_HEADER = List.of("line", "severity", "code", "field", "message");

    private final ImportJobs jobs;
    private final ImportWorker worker;
    private final ImportSettings settings;
    private final RegistryScopes scopes;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    RegistryImports(ImportJobs jobs, ImportWorker worker, ImportSettings settings, RegistryScopes scopes,
            AuditLog audit, MessageSource messages, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.worker = worker;
        this.settings = settings;
        this.scopes = scopes;
        this.audit = audit;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    public static boolean mayImport(KesosUser user) {
        return IMPORTERS.contains(user.role());
    }

    /** The largest file the import takes, in whole megabytes. */
    public long maxFileMegabytes() {
        return settings.maxFileSize().toMegabytes();
    }

    /**
     * Checks the file and queues it for import in the name of the user and their unit.
     *
     * @throws AccessDeniedException  for a role that may not import
     * @throws InvalidInputException  for a file that cannot be imported (field {@code file}), with
     *                                nothing stored
     */
    public Job submit(KesosUser user, String fileName, InputStream content) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("role may not import");
        }
        Path file = null;
        try {
            file = Files.createTempFile("kesos-upload-", ".tmp");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            long size = Files.size(file);
            if (size > settings.maxFileSize().toBytes()) {
                throw new ImportFileException("registry.import.error.tooLarge", maxFileMegabytes());
            }
            ImportFiles.Inspection inspection = ImportFiles.inspect(file);
            RegistryScope scope = scopes.of(user);
            String territory = scope.everyone() ? null : scope.territoryPrefix();
            UUID id = UUID.randomUUID();
            Path stored = file;
            transaction.executeWithoutResult(status -> {
                try {
                    jobs.create(id, displayName(fileName), inspection.format(), stored, inspection.totalRows(),
                            scope.unitId(), territory, user.username(), settings.batchSize());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                audit.record(user, AuditAction.CREATE, ENTITY, id,
                        "berkas " + inspection.format() + ", " + inspection.totalRows() + " baris");
            });
            worker.takeOver(id, stored);
            file = null; // the worker's to delete once read
            return view(jobs.find(id).orElseThrow());
        } catch (ImportFileException e) {
            throw new InvalidInputException("file", e.messageKey(), e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The job, if the user's scope holds its unit; otherwise "not found", and the attempt is audited. */
    @Transactional(readOnly = true)
    public Job get(KesosUser user, UUID id) {
        return view(visible(user, id));
    }

    /** The latest jobs of the units in the user's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Job> recent(KesosUser user, int limit) {
        return jobs.recent(scopes.of(user).registeringUnits(), limit).stream().map(RegistryImports::view).toList();
    }

    /**
     * Writes the job's problems as CSV ({@code line,severity,code,field,message}), one row per
     * problem, ordered by line; the messages in the given language.
     */
    @Transactional(readOnly = true)
    public void writeProblems(KesosUser user, UUID id, Locale locale, Writer out) {
        visible(user, id);
        Map<String, String> texts = new HashMap<>();
        try {
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(PROBLEM_HEADER);
            jobs.problems(id, rs -> {
                String code = rs.getString("code");
                String message = texts.computeIfAbsent(code, key -> messages.getMessage(messageKey(key), null,
                        key, locale));
                csv.writeRecord(Integer.toString(rs.getInt("line")), rs.getString("severity"), code,
                        rs.getString("field") == null ? "" : rs.getString("field"), message);
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundle key of a problem code: a {@link ProblemCode}'s own, or one of the import's. */
    static String messageKey(String code) {
        try {
            return ProblemCode.valueOf(code).messageKey();
        } catch (IllegalArgumentException e) {
            return "registry.import.problem." + code;
        }
    }

    private ImportJob visible(KesosUser user, UUID id) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scopes.of(user).registeringUnits().contains(job.unitId())) {
            audit.recordAlone(user, AuditAction.DENIED, ENTITY, id, "impor di luar cakupan pengguna");
            throw new NotFoundException(ENTITY, id);
        }
        return job;
    }

    private static Job view(ImportJob job) {
        return new Job(job.id(), Status.valueOf(job.status()), job.fileName(), job.format().name(), job.username(),
                job.totalRows(), job.processedRows(), job.acceptedRows(), job.rejectedRows(), job.warningRows(),
                job.errorMessage(), job.createdAt(), job.startedAt(), job.finishedAt());
    }

    /** The file's own name without any folder, printable, at most 255 characters. */
    private static String displayName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "berkas";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file; the system's clean-up takes it
            }
        }
    }
}
