package id.kesos.registry.importing;

import com.zaxxer.hikari.HikariDataSource;
import id.kesos.platform.Actor;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.KesosClock;
import id.kesos.registry.Duplicates;
import id.kesos.registry.RegistryScope;
import id.kesos.registry.internal.PersonSearch;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off import jobs in the background, one at a time per instance, on a single thread that
 * polls the job table and is nudged after each upload. On start-up it resumes the jobs left
 * RUNNING. Instances sharing one database coordinate with a PostgreSQL advisory lock per job,
 * held on a connection of its own while the job runs: when an instance dies its connection
 * closes, the lock goes, and the next poll of any instance resumes the job at its first batch
 * that did not commit.
 */
@Component
public class ImportWorker implements SmartLifecycle, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

    /** The first key of the job locks, so that they meet no other advisory lock. */
    static final int LOCK_SPACE = 0x4B53494D;
    private static final int ATTEMPTS = 3;
    /** Batches read or prepared while one is stored: one at each step of the pipeline. */
    private static final int BATCHES_AHEAD = 2;

    private final ImportJobs jobs;
    private final ImportRowChecker checker;
    private final BatchLoader loader;
    private final DataSource dataSource;
    private final AuditLog audit;
    private final ImportSettings settings;
    private final Duplicates duplicates;
    private final PersonSearch nameSearch;
    private final TransactionTemplate transaction;
    /** Reads and checks the next batches, in file order, while an earlier one is stored. */
    private final ExecutorService reader = Executors.newSingleThreadExecutor(daemon("registry-import-reader"));
    /** Prepares the checked batches, in file order: asks the registry about their NIKs, writes their COPY data. */
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(daemon("registry-import-prepare"));
    /** Tidies up and looks for duplicates after imports, so that the next queued import need not wait for it. */
    private final ExecutorService scanner = Executors.newSingleThreadExecutor(daemon("registry-import-duplicates"));
    private final AtomicBoolean scanQueued = new AtomicBoolean();
    private final HandedOverFiles uploads = new HandedOverFiles();
    private volatile ScheduledExecutorService executor;

    ImportWorker(ImportJobs jobs, ImportRowChecker checker, BatchLoader loader, DataSource dataSource, AuditLog audit,
            ImportSettings settings, PlatformTransactionManager transactions, Duplicates duplicates,
            PersonSearch nameSearch) {
        this.jobs = jobs;
        this.duplicates = duplicates;
        this.nameSearch = nameSearch;
        this.checker = checker;
        this.loader = loader;
        this.dataSource = dataSource;
        this.audit = audit;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void start() {
        if (!settings.worker()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(daemon("registry-import"));
        executor.scheduleWithFixedDelay(this::runPending, 0, settings.pollInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                    log.warn("Import worker still busy at shutdown; its job resumes at the next start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void destroy() {
        reader.shutdownNow();
        preparer.shutdownNow();
        scanner.shutdownNow();
        uploads.dropAll();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /**
     * Takes the uploaded file of a job just stored by this instance, to read it instead of the
     * stored copy, and looks for work now. The file is the worker's to delete: at once when this
     * instance runs no worker.
     */
    public void takeOver(UUID job, Path uploaded) {
        if (executor == null) {
            HandedOverFiles.delete(uploaded);
            return;
        }
        uploads.put(job, uploaded);
        nudge();
    }

    /** Asks the worker to look for work now rather than at its next poll. */
    public void nudge() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            try {
                running.execute(this::runPending);
            } catch (RejectedExecutionException e) {
                // shutting down: the job waits for the next start
            }
        }
    }

    /**
     * Runs every queued job and resumes every abandoned one that no other worker holds: the entry
     * point at start-up, after an upload and on every poll.
     */
    public void runPending() {
        try {
            // The files held before the jobs are read: a job stored since is not among them.
            Set<UUID> held = new HashSet<>(uploads.jobs());
            List<UUID> unfinished = jobs.unfinished();
            held.removeAll(unfinished);
            uploads.drop(held);
            for (UUID id : unfinished) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                runIfFree(id, Integer.MAX_VALUE);
            }
        } catch (RuntimeException e) {
            log.warn("Import worker could not look for jobs: {}", e.getClass().getName());
        }
    }

    /**
     * Works off the job unless another worker holds it, stopping after {@code maxBatches} batches
     * (a test's stand-in for a crash). False when another worker holds the job.
     */
    boolean runIfFree(UUID id, int maxBatches) {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisoryLock(lock, "pg_try_advisory_lock", id)) {
                return false;
            }
            try {
                run(id, maxBatches);
            } finally {
                release(lock, id);
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("advisory lock of an import job failed", e);
        }
    }

    void run(UUID id, int maxBatches) {
        Optional<ImportJob> started = jobs.start(id);
        if (started.isEmpty()) {
            return;
        }
        if (work(started.get(), maxBatches)) {
            tidyAfterImport();
        }
    }

    /**
     * Tidies the name search's index and looks for duplicates after an import; imports that finish
     * meanwhile share the next round.
     */
    private void tidyAfterImport() {
        if (!scanQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            scanner.execute(() -> {
                scanQueued.set(false);
                attempt("Merging new name keys", nameSearch::mergeNewNameKeys);
                attempt("Duplicate scan", duplicates::scan);
            });
        } catch (RejectedExecutionException e) {
            // shutting down: the nightly scan finds them
            scanQueued.set(false);
        }
    }

    /** One piece of the work after an import: its failure is logged and leaves the others to run. */
    private static void attempt(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("{} after an import failed: {}", what, e.getClass().getName());
        }
    }

    /** Works the job off; true when it succeeded. */
    private boolean work(ImportJob job, int maxBatches) {
        UUID id = job.id();
        Path file = uploads.take(id).orElse(null);
        try {
            if (file == null) {
                file = Files.createTempFile("kesos-import-", "." + job.format().name().toLowerCase(Locale.ROOT));
                jobs.copyFile(job, file);
            }
            if (process(job, file, maxBatches)) {
                finish(job, ImportJob.SUCCEEDED, null);
                return true;
            }
        } catch (ImportFileException e) {
            finish(job, ImportJob.FAILED, "registry.import.failure.file");
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                log.info("Import job {} interrupted; it resumes at its next batch", id);
                return false;
            }
            // The class only: a database message could quote a row's values.
            log.error("Import job {} failed: {}", id, e.getClass().getName());
            finish(job, ImportJob.FAILED, "registry.import.failure.unexpected");
        } finally {
            if (file != null) {
                HandedOverFiles.delete(file);
            }
        }
        return false;
    }

    /**
     * Reads the file batch by batch, skipping the batches that committed before (only noting
     * their NIKs), and stores each new batch while the next ones are read and checked on one
     * thread and prepared on another. True when the file is done.
     */
    private boolean process(ImportJob job, Path file, int maxBatches) throws IOException {
        LocalDate today = LocalDate.now(KesosClock.ZONE);
        RegistryScope territory = job.territoryPrefix() == null ? null
                : new RegistryScope(false, job.territoryPrefix(), List.of(), job.unitId());
        NikSet seen = new NikSet();
        try (RowSource source = RowSource.open(job.format(), file)) {
            for (int batch = 0; batch < job.nextBatch(); batch++) {
                List<SourceRow> rows = read(source, job.batchSize());
                if (rows.isEmpty()) {
                    return true;
                }
                rows.forEach(row -> seen.add(NikSet.key(row.nik())));
            }
            // Until the file meets a registered NIK, its NIKs are taken for new without asking the registry.
            AtomicBoolean lookUp = new AtomicBoolean();
            Deque<CompletableFuture<PreparedBatch>> ahead = new ArrayDeque<>();
            try {
                for (int batch = job.nextBatch(); ; batch++) {
                    while (ahead.size() <= BATCHES_AHEAD) {
                        int number = batch + ahead.size();
                        ahead.addLast(CompletableFuture
                                .supplyAsync(() -> check(readUnchecked(source, job.batchSize()), today, territory,
                                        seen), reader)
                                .thenApplyAsync(rows -> rows.isEmpty() ? null
                                        : loader.prepare(job, number, rows, lookUp.get()), preparer));
                    }
                    PreparedBatch prepared = result(ahead.removeFirst());
                    if (prepared == null) {
                        return true;
                    }
                    if (batch - job.nextBatch() == maxBatches || Thread.currentThread().isInterrupted()) {
                        return false;
                    }
                    store(job, prepared, lookUp);
                }
            } finally {
                // Nothing may still be at the file when it closes.
                ahead.forEach(ImportWorker::awaitQuietly);
            }
        }
    }

    /** The rows' own checks in parallel, then the NIKs seen before, in file order. */
    private List<CheckedRow> check(List<SourceRow> rows, LocalDate today, RegistryScope territory, NikSet seen) {
        List<CheckedRow> checked = rows.parallelStream().map(row -> checker.check(row, today, territory)).toList();
        for (int i = 0; i < rows.size(); i++) {
            checker.checkNotSeen(checked.get(i), rows.get(i), seen);
        }
        return checked;
    }

    private static PreparedBatch result(Future<PreparedBatch> next) throws IOException {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("import interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Waits for a batch read or prepared ahead, even on an interrupted thread (keeping the
     * interrupt), quiet about its failure. A batch takes seconds; the bound is for a task that
     * never runs because its executor was shut down.
     */
    private static void awaitQuietly(Future<?> next) {
        boolean interrupted = Thread.interrupted();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            try {
                next.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | TimeoutException e) {
                // a failure is reported where the result was wanted
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<SourceRow> readUnchecked(RowSource source, int count) {
        try {
            return read(source, count);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<SourceRow> read(RowSource source, int count) throws IOException {
        List<SourceRow> rows = new ArrayList<>(Math.min(count, 20_000));
        SourceRow row;
        while (rows.size() < count && (row = source.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * Stores the batch, prepared again where a NIK taken for new is registered (from then on
     * asking the registry for every batch) or where it met a deadlock with another instance's
     * import of the same persons.
     */
    private void store(ImportJob job, PreparedBatch prepared, AtomicBoolean lookUp) {
        PreparedBatch batch = prepared;
        for (int attempt = 1; ; attempt++) {
            try {
                loader.store(job, batch);
                return;
            } catch (ConcurrencyFailureException | DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                if (e instanceof DuplicateKeyException) {
                    lookUp.set(true);
                }
                log.info("Import job {} batch {} prepared again after {}", job.id(), batch.number(),
                        e.getClass().getSimpleName());
                batch = loader.prepare(job, batch.number(), batch.rows(), lookUp.get());
            }
        }
    }

    private void finish(ImportJob job, String status, String errorKey) {
        ImportJob finished = transaction.execute(tx -> {
            ImportJob done = jobs.finish(job.id(), status, errorKey);
            audit.record(new Importer(job.username(), job.unitId()), AuditAction.UPDATE, ImportJob.AUDIT_ENTITY,
                    job.id(), done.summary());
            return done;
        });
        log.info("Import job {} finished: {}", job.id(), finished.summary());
    }

    private static boolean advisoryLock(Connection connection, String function, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, LOCK_SPACE);
            statement.setInt(2, id.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Releases the job's lock; a connection that cannot is thrown away, which releases it too. */
    private void release(Connection lock, UUID id) {
        try {
            advisoryLock(lock, "pg_advisory_unlock", id);
        } catch (SQLException e) {
            if (dataSource instanceof HikariDataSource pool) {
                pool.evictConnection(lock);
            }
        }
    }

    /** The importing user, in whose name the worker writes the audit entry of the job's end. */
    private record Importer(String username, long unitId) implements Actor {}
}
