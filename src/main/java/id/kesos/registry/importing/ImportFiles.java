package id.kesos.registry.importing;

import java.io.IOException;
import java.nio.file.Path;

/** Checks an upload before anything of it is stored: its type by content, its header and its rows. */
public final class ImportFiles {

    /** What the check found out. */
    public record Inspection(ImportFormat format, int totalRows) {}

    private ImportFiles() {}

    /**
     * Reads the whole file once, counting its rows.
     *
     * @throws ImportFileException when the file cannot be imported, with the reason's message key
     */
    public static Inspection inspect(Path file) throws IOException {
        ImportFormat format = ImportFormat.detect(file);
        int rows = 0;
        try (RowSource source = RowSource.open(format, file)) {
            while (source.next() != null) {
                rows++;
            }
        }
        if (rows == 0) {
            throw new ImportFileException("registry.import.error.noRows");
        }
        return new Inspection(format, rows);
    }
}
