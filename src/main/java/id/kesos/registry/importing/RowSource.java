package id.kesos.registry.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Streams the data rows of an import file, one at a time, after checking its header: CSV with
 * FastCSV, XLSX (the first sheet) with {@link XlsxSheet}. Rows whose cells are all blank are
 * skipped, so counting rows at upload and reading them in the worker agree.
 */
abstract class RowSource implements Closeable {

    /** Opens the file and reads its header. */
    static RowSource open(ImportFormat format, Path file) throws IOException {
        RowSource source = format == ImportFormat.CSV ? new Csv(file) : new Xlsx(file);
        try {
            source.readHeader();
            return source;
        } catch (RuntimeException | IOException e) {
            source.close();
            throw e;
        }
    }

    /** The next row with some content, or null at the end of the file. */
    SourceRow next() throws IOException {
        while (true) {
            SourceRow row = read();
            if (row == null || !row.isBlank()) {
                return row;
            }
        }
    }

    /** The next row as it stands in the file, blank or not, or null at the end. */
    protected abstract SourceRow read() throws IOException;

    /** Reads the first row with content and refuses the file unless it is the expected header. */
    private void readHeader() throws IOException {
        List<String> header = headerCells();
        if (header == null) {
            throw new ImportFileException("registry.import.error.empty");
        }
        if (!ImportColumns.isHeader(header)) {
            throw new ImportFileException("registry.import.error.header", ImportColumns.HEADER);
        }
    }

    /** The cells of the first row with content, or null when there is none. */
    protected abstract List<String> headerCells() throws IOException;

    static String[] cells(List<String> fields, boolean[] extra) {
        String[] values = new String[ImportColumns.COUNT];
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (i < values.length) {
                values[i] = field;
            } else if (field != null && !field.isBlank()) {
                extra[0] = true;
            }
        }
        return values;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** A UTF-8 CSV file separated by commas, or by semicolons as Excel writes it in Indonesia. */
    static final class Csv extends RowSource {

        private final CsvReader<CsvRecord> reader;
        private final Iterator<CsvRecord> records;
        private long lastLine;

        Csv(Path file) throws IOException {
            reader = CsvReader.builder()
                    .fieldSeparator(separator(file))
                    .detectBomHeader(true)
                    .skipEmptyLines(true)
                    .allowUnclosedQuote(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(file, StandardCharsets.UTF_8);
            records = reader.iterator();
        }

        /** A semicolon when the first line has semicolons and no commas, else a comma. */
        private static char separator(Path file) throws IOException {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String first = in.readLine();
                return first != null && first.indexOf(',') < 0 && first.indexOf(';') >= 0 ? ';' : ',';
            } catch (java.nio.charset.MalformedInputException e) {
                return ',';
            }
        }

        @Override
        protected List<String> headerCells() throws IOException {
            CsvRecord record;
            do {
                record = nextRecord();
            } while (record != null && blank(record.getFields()));
            return record == null ? null : record.getFields();
        }

        @Override
        protected SourceRow read() throws IOException {
            CsvRecord record = nextRecord();
            if (record == null) {
                return null;
            }
            boolean[] extra = {false};
            String[] values = cells(record.getFields(), extra);
            return new SourceRow((int) record.getStartingLineNumber(), values,
                    record.getFieldCount() < ImportColumns.COUNT, extra[0]);
        }

        private CsvRecord nextRecord() throws IOException {
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CsvRecord record = records.next();
                lastLine = record.getStartingLineNumber();
                return record;
            } catch (CsvParseException e) {
                throw new ImportFileException("registry.import.error.unreadable", lastLine + 1);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** The first sheet of an XLSX workbook; numbers and dates typed as such are read as text. */
    static final class Xlsx extends RowSource {

        private final XlsxSheet sheet;

        Xlsx(Path file) throws IOException {
            sheet = new XlsxSheet(file);
        }

        @Override
        protected List<String> headerCells() throws IOException {
            XlsxSheet.Row row;
            do {
                row = sheet.next();
            } while (row != null && blank(row.cells()));
            return row == null ? null : row.cells();
        }

        @Override
        protected SourceRow read() throws IOException {
            XlsxSheet.Row row = sheet.next();
            if (row == null) {
                return null;
            }
            boolean[] extra = {false};
            return new SourceRow(row.number(), cells(row.cells(), extra), false, extra[0]);
        }

        @Override
        public void close() throws IOException {
            sheet.close();
        }
    }
}
