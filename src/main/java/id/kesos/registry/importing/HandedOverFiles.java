package id.kesos.registry.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploaded files that the instance which stored a job still holds on its disk, by job. The worker
 * reads such a file instead of writing the job's stored copy out of the database again; a job run
 * by another instance, or resumed after a restart, reads the stored copy. Each file is taken once,
 * and deleted by whoever takes or drops it.
 */
final class HandedOverFiles {

    private static final Logger log = LoggerFactory.getLogger(HandedOverFiles.class);

    private final Map<UUID, Path> files = new ConcurrentHashMap<>();

    void put(UUID job, Path file) {
        files.put(job, file);
    }

    /** The job's file, now the caller's to delete; empty when none was handed over or it was dropped. */
    Optional<Path> take(UUID job) {
        return Optional.ofNullable(files.remove(job));
    }

    /** The jobs whose files are held now. */
    Set<UUID> jobs() {
        return Set.copyOf(files.keySet());
    }

    /** Deletes the files of these jobs that are still held. */
    void drop(Collection<UUID> jobs) {
        jobs.forEach(job -> take(job).ifPresent(HandedOverFiles::delete));
    }

    void dropAll() {
        drop(jobs());
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Temporary import file not removed: {}", file);
        }
    }
}
