package id.kesos.registry.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import id.kesos.registry.Sex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Rows for import tests. The test database is shared by every test class of the run, so each
 * person gets a NIK of its own: a random birth date and a serial counted from a random start.
 */
final class ImportFixtures {

    static final String GAGAKSIPAT = "33.09.11.2004";
    static final String MANYARAN = "33.09.14.2001";
    /** A village of Kabupaten Sragen, outside the territory of Dinas Sosial Boyolali. */
    static final String SENGON_SRAGEN = "33.10.01.2001";

    private static final AtomicInteger SERIAL = new AtomicInteger(1000 + ThreadLocalRandom.current().nextInt(5000));
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ImportFixtures() {}

    static LocalDate birthDate() {
        return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 50));
    }

    /** A valid NIK of Kecamatan Ngemplak (33.09.11) for a person born that day. */
    static String nik(LocalDate birth, Sex sex) {
        int day = birth.getDayOfMonth() + (sex == Sex.P ? 40 : 0);
        return String.format("330911%02d%02d%02d%04d", day, birth.getMonthValue(), birth.getYear() % 100,
                SERIAL.incrementAndGet() % 9000 + 1000);
    }

    static String kk() {
        return "330911" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 10_000_000_000L));
    }

    static String iso(LocalDate date) {
        return date.toString();
    }

    static String dayFirst(LocalDate date) {
        return date.format(DAY_FIRST);
    }

    /** A row of the 17 columns, the other columns filled with ordinary values. */
    static String[] row(String nik, String kk, String name, String birthDate, String sex, String relationship,
            String village) {
        return new String[] {nik, kk, name, "Boyolali", birthDate, sex, relationship, "Islam", "SMA", "Petani",
            "KAWIN", "", village, "Dukuh Krajan, Gagaksipat", "001", "002", "1.500.000"};
    }

    static String[] with(String[] row, int column, String value) {
        String[] copy = Arrays.copyOf(row, row.length);
        copy[column] = value;
        return copy;
    }

    static byte[] csv(List<String[]> rows) {
        StringBuilder out = new StringBuilder(ImportColumns.HEADER).append('\n');
        for (String[] row : rows) {
            out.append(Arrays.stream(row).map(ImportFixtures::quoted).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * The same rows as an XLSX workbook (header in row 1), written with fastexcel: incomes as
     * numbers, birth dates written YYYY-MM-DD as date cells, everything else as text.
     */
    static byte[] xlsx(List<String[]> rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "Kesos", "1.0");
            Worksheet sheet = workbook.newWorksheet("Data");
            for (int c = 0; c < ImportColumns.COUNT; c++) {
                sheet.value(0, c, ImportColumns.NAMES.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < ImportColumns.COUNT; c++) {
                    String value = rows.get(r)[c];
                    if (c == 16 && !value.isEmpty()) {
                        sheet.value(r + 1, c, Long.parseLong(value.replace(".", "")));
                    } else if (c == 4 && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        // a date typed as a date in Excel: a number with a date format
                        sheet.value(r + 1, c, java.time.LocalDate.parse(value));
                        sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                    } else if (!value.isEmpty()) {
                        sheet.value(r + 1, c, value);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a CSV text, the header first. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
            reader.forEach(record -> records.add(record.getFields()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
