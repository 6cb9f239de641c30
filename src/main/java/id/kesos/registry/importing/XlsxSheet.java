package id.kesos.registry.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an XLSX workbook, read row by row from its XML as a stream, each cell as
 * text. The workbook is opened as a ZIP file by random access, never loaded whole; its
 * shared-strings table goes to {@link SharedStrings} on disk. fastexcel-reader, used before,
 * streamed the rows too but kept every shared string it had met on the heap, so a file saved by a
 * spreadsheet program grew the heap with its size.
 */
final class XlsxSheet implements Closeable {

    /** A row: its number in the sheet (the first is 1) and its cells by column, missing ones null. */
    record Row(int number, List<String> cells) {}

    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final XMLInputFactory FACTORY = factory();

    private final ZipFile zip;
    private final SharedStrings strings;
    private final boolean date1904;
    private final InputStream sheetStream;
    private final XMLStreamReader sheet;
    private boolean ended;
    private int lastRow;

    /**
     * Opens the workbook and its first sheet.
     *
     * @throws ImportFileException when the file is no workbook this reader understands
     */
    XlsxSheet(Path file) throws IOException {
        ZipFile opened = null;
        SharedStrings table = null;
        InputStream in = null;
        try {
            opened = new ZipFile(file.toFile());
            String workbook = workbookPart(opened);
            String folder = workbook.substring(0, workbook.lastIndexOf('/') + 1);
            Map<String, String> relations = new HashMap<>();
            String sharedStrings = relationships(opened,
                    folder + "_rels/" + workbook.substring(folder.length()) + ".rels", folder, relations);
            String[] first = new String[1];
            boolean base1904 = readWorkbook(opened, workbook, first);
            String sheetPart = first[0] == null ? null : relations.get(first[0]);
            if (sheetPart == null) {
                throw new ImportFileException("registry.import.error.format");
            }
            if (sharedStrings != null && entry(opened, sharedStrings) != null) {
                XMLStreamReader xml = open(opened, sharedStrings);
                try {
                    table = new SharedStrings(xml);
                } finally {
                    xml.close();
                }
            } else {
                table = SharedStrings.NONE;
            }
            in = opened.getInputStream(required(opened, sheetPart));
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            ended = !moveTo(xml, "sheetData");
            zip = opened;
            strings = table;
            date1904 = base1904;
            sheetStream = in;
            sheet = xml;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            closeQuietly(in);
            closeQuietly(table);
            closeQuietly(opened);
            if (e instanceof ImportFileException refused) {
                throw refused;
            }
            throw new ImportFileException("registry.import.error.format");
        }
    }

    /** The next row, or null after the last. */
    Row next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            while (sheet.hasNext()) {
                int event = sheet.next();
                if (event == XMLStreamConstants.START_ELEMENT && "row".equals(sheet.getLocalName())) {
                    return row();
                }
                if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(sheet.getLocalName())) {
                    break;
                }
            }
            ended = true;
            return null;
        } catch (XMLStreamException | NoSuchElementException | NumberFormatException e) {
            throw new ImportFileException("registry.import.error.format");
        }
    }

    private Row row() throws XMLStreamException, IOException {
        String number = sheet.getAttributeValue(null, "r");
        lastRow = number == null ? lastRow + 1 : Integer.parseInt(number.strip());
        List<String> cells = new ArrayList<>(ImportColumns.COUNT);
        int column = -1;
        while (true) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(sheet.getLocalName())) {
                column = column(sheet.getAttributeValue(null, "r"), column + 1);
                String value = cell(column);
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, value);
            } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(sheet.getLocalName())) {
                return new Row(lastRow, cells);
            }
        }
    }

    /** The column of a cell reference like "AB12" (A is 0), or {@code next} when it has none. */
    private static int column(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + Character.toUpperCase(reference.charAt(i)) - 'A' + 1;
        }
        if (i == 0 || column > 16_384) {
            return next;
        }
        return column - 1;
    }

    /** The cell the reader is at, as text: numbers without exponent or ".0", a date column's number as a date. */
    private String cell(int column) throws XMLStreamException, IOException {
        String type = sheet.getAttributeValue(null, "t");
        String value = null;
        String inline = null;
        while (true) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (sheet.getLocalName()) {
                    case "v" -> value = sheet.getElementText();
                    case "is" -> inline = textUntilEnd(sheet, "is");
                    default -> skip(sheet);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (type == null || type.equals("n")) {
            return value == null || value.isBlank() ? null : number(value.strip(), column);
        }
        return switch (type) {
            case "s" -> value == null || value.isBlank() ? "" : strings.get(Integer.parseInt(value.strip()));
            case "inlineStr" -> inline;
            default -> value;
        };
    }

    private String number(String value, int column) {
        BigDecimal number = new BigDecimal(value);
        if (column == ImportColumns.BIRTH_DATE) {
            try {
                return date(number).toString();
            } catch (DateTimeException | ArithmeticException e) {
                // No date at all: the row's check rejects the number as it stands.
            }
        }
        return number.stripTrailingZeros().toPlainString();
    }

    /** The day of a spreadsheet date number, counting 1900-02-29 (which the 1900 system holds) as Excel does. */
    private LocalDate date(BigDecimal serial) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        return LocalDate.of(1899, 12, days < 61 ? 31 : 30).plusDays(days);
    }

    /** The text of the {@code t} elements up to the end of {@code element}, without phonetic runs. */
    static String textUntilEnd(XMLStreamReader xml, String element) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("t".equals(xml.getLocalName())) {
                    text.append(xml.getElementText());
                } else if ("rPh".equals(xml.getLocalName())) {
                    skip(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && element.equals(xml.getLocalName())) {
                return text.toString();
            }
        }
    }

    /** Moves past the end of the element whose start the reader is at. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static boolean moveTo(XMLStreamReader xml, String element) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && element.equals(xml.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    /** The workbook's part as named in the content types, by default {@code xl/workbook.xml}. */
    private static String workbookPart(ZipFile zip) throws IOException, XMLStreamException {
        XMLStreamReader xml = open(zip, "[Content_Types].xml");
        try {
            while (moveTo(xml, "Override")) {
                String type = xml.getAttributeValue(null, "ContentType");
                if (WORKBOOK.equals(type) || MACRO_WORKBOOK.equals(type)) {
                    return partName(xml.getAttributeValue(null, "PartName"));
                }
            }
            return "xl/workbook.xml";
        } finally {
            xml.close();
        }
    }

    /** Fills {@code targets} with the workbook's relationships by id; answers the shared strings' part, if any. */
    private static String relationships(ZipFile zip, String rels, String folder, Map<String, String> targets)
            throws IOException, XMLStreamException {
        String sharedStrings = null;
        XMLStreamReader xml = open(zip, rels);
        try {
            while (moveTo(xml, "Relationship")) {
                String target = xml.getAttributeValue(null, "Target");
                if (target == null) {
                    continue;
                }
                String part = target.startsWith("/") ? partName(target) : folder + target;
                targets.put(xml.getAttributeValue(null, "Id"), part);
                String type = xml.getAttributeValue(null, "Type");
                if (type != null && type.endsWith("/sharedStrings")) {
                    sharedStrings = part;
                }
            }
            return sharedStrings;
        } finally {
            xml.close();
        }
    }

    /** Reads the date system and the relationship id of the first sheet into {@code firstSheet}. */
    private static boolean readWorkbook(ZipFile zip, String workbook, String[] firstSheet)
            throws IOException, XMLStreamException {
        boolean base1904 = false;
        XMLStreamReader xml = open(zip, workbook);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if ("workbookPr".equals(xml.getLocalName())) {
                    String value = xml.getAttributeValue(null, "date1904");
                    base1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if ("sheet".equals(xml.getLocalName())) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        // r:id, in the transitional or the strict namespace
                        if ("id".equals(xml.getAttributeLocalName(i)) && xml.getAttributeNamespace(i) != null
                                && !xml.getAttributeNamespace(i).isEmpty()) {
                            firstSheet[0] = xml.getAttributeValue(i);
                        }
                    }
                    return base1904;
                }
            }
            return base1904;
        } finally {
            xml.close();
        }
    }

    private static String partName(String name) {
        return name != null && name.startsWith("/") ? name.substring(1) : name;
    }

    private static XMLStreamReader open(ZipFile zip, String part) throws IOException, XMLStreamException {
        InputStream in = zip.getInputStream(required(zip, part));
        try {
            return FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static ZipEntry required(ZipFile zip, String part) {
        ZipEntry entry = entry(zip, part);
        if (entry == null) {
            throw new ImportFileException("registry.import.error.format");
        }
        return entry;
    }

    /** The part's entry; spreadsheet programs are lax about case in part names. */
    private static ZipEntry entry(ZipFile zip, String part) {
        ZipEntry entry = zip.getEntry(part);
        if (entry != null) {
            return entry;
        }
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry candidate = entries.nextElement();
            if (candidate.getName().equalsIgnoreCase(part)) {
                return candidate;
            }
        }
        return null;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // already failing: the first error is the one to report
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
            sheetStream.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            try {
                strings.close();
            } finally {
                zip.close();
            }
        }
    }
}
