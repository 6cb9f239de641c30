import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Turns a UTF-8 CSV file (RFC 4180, comma separated, header row kept) into an XLSX workbook with
 * one sheet, for the registry import benchmark. It streams: one record is in memory at a time,
 * and the sheet is written into the ZIP as it is read. Every cell is an inline string, so that NIKs,
 * KK numbers and dates stay text as typed (a number cell would lose leading zeros and digits past 15),
 * and no shared-strings table has to be built first. Empty fields are left out, as spreadsheet
 * programs do.
 *
 *   java bench/CsvToXlsx.java IN.csv OUT.xlsx
 */
public class CsvToXlsx {

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java bench/CsvToXlsx.java IN.csv OUT.xlsx");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        long start = System.nanoTime();
        // Written beside the target and moved at the end, so an interrupted run leaves no half workbook.
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        long rows;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial),
                        1 << 16))) {
            part(zip, "[Content_Types].xml", XML
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            part(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                    + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            // Not closed: closing would close the ZIP; flushed before the entry ends.
            Writer sheet = new OutputStreamWriter(unclosable(zip), StandardCharsets.UTF_8);
            sheet.write(XML + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            rows = writeRows(new Records(reader), sheet);
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        System.err.printf("%s: %d rows (header included), %.1f MB, %.1f s%n", out, rows, Files.size(out) / 1e6,
                (System.nanoTime() - start) / 1e9);
    }

    private static long writeRows(Records records, Writer sheet) throws IOException {
        StringBuilder xml = new StringBuilder(4096);
        long row = 0;
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            row++;
            xml.setLength(0);
            xml.append("<row r=\"").append(row).append("\">");
            for (int column = 0; column < fields.size(); column++) {
                String value = fields.get(column);
                if (value.isEmpty()) {
                    continue;
                }
                xml.append("<c r=\"");
                columnName(xml, column);
                xml.append(row).append("\" t=\"inlineStr\"><is>");
                // Only where it matters: on every cell it would add a quarter to the sheet's XML.
                xml.append(Character.isWhitespace(value.charAt(0))
                        || Character.isWhitespace(value.charAt(value.length() - 1)) ? "<t xml:space=\"preserve\">" : "<t>");
                escape(value, xml);
                xml.append("</t></is></c>");
            }
            xml.append("</row>");
            sheet.append(xml);
        }
        return row;
    }

    /** A, B, ..., Z, AA, AB, ... for column 0, 1, ... */
    private static void columnName(StringBuilder out, int column) {
        int start = out.length();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            out.insert(start, (char) ('A' + (n - 1) % 26));
        }
    }

    /**
     * Escapes markup and drops what XML 1.0 cannot carry (control characters other than tab and line
     * breaks, U+FFFE/U+FFFF, unpaired surrogates). A carriage return is written as a reference,
     * since a parser turns a literal CR LF into LF.
     */
    static void escape(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static OutputStream unclosable(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CR LF or LF ends a record. */
    static final class Records {

        private final Reader in;
        private int peeked = -2;

        Records(Reader in) throws IOException {
            this.in = in;
            // A byte order mark is no part of the first column's name.
            if (peek() == '\uFEFF') {
                read();
            }
        }

        /** The next record's fields, or null at the end of the input. A final line break adds no record. */
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>(20);
            StringBuilder field = new StringBuilder(64);
            while (true) {
                if (c == '"' && field.isEmpty()) {
                    quoted(field);
                    c = read();
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == -1) {
                    fields.add(field.toString());
                    return fields;
                } else if (c == '\r' && peek() == '\n') {
                    read();
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        }

        /** Reads a quoted field's content up to its closing quote. */
        private void quoted(StringBuilder field) throws IOException {
            while (true) {
                int c = read();
                if (c == -1) {
                    throw new IOException("unclosed quote at the end of the file");
                }
                if (c == '"') {
                    if (peek() != '"') {
                        return;
                    }
                    read();
                }
                field.append((char) c);
            }
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return in.read();
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }
    }
}
