package id.kesos.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an XLSX workbook is read: the parts a spreadsheet program writes, each cell as text. */
class ImportFilesXlsxTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String HEADER_CELLS = header();

    @TempDir
    Path folder;

    @Test
    void sharedStringsRichTextInlineStringsNumbersAndDatesAreReadAsText() throws IOException {
        // Shared strings referred to out of order, one in two runs, one with a phonetic run that is no text.
        String strings = "<si><t>SRI WAHYUNI</t></si>"
                + "<si><r><t>Jl. Kenanga </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">No. 7, Gg. II</t></r></si>"
                + "<si><t>3309114101900001</t><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>"
                + "<si><t>a &lt;b&gt; &amp; \"c\"</t></si>";
        String row2 = "<row r=\"2\">"
                + "<c r=\"A2\" t=\"s\"><v>2</v></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>3309110101900001</t></is></c>"
                + "<c r=\"C2\" t=\"s\"><v>0</v></c>"
                + "<c r=\"E2\" s=\"1\"><v>32874</v></c>"
                + "<c r=\"N2\" t=\"s\"><v>1</v></c>"
                + "<c r=\"Q2\"><v>1500000.0</v></c>"
                + "</row>";
        // No cell references: the columns are counted. A row number skipped leaves no row.
        String row4 = "<row r=\"4\"><c t=\"s\"><v>3</v></c><c t=\"str\"><f>A1</f><v>formula</v></c>"
                + "<c t=\"b\"><v>1</v></c></row>";
        Path file = workbook(strings, HEADER_CELLS + row2 + row4, false);

        assertThat(ImportFiles.inspect(file)).isEqualTo(new ImportFiles.Inspection(ImportFormat.XLSX, 2));
        try (RowSource source = RowSource.open(ImportFormat.XLSX, file)) {
            SourceRow second = source.next();
            assertThat(second.line()).isEqualTo(2);
            assertThat(second.values()).containsExactly("3309114101900001", "3309110101900001", "SRI WAHYUNI", null,
                    "1990-01-01", null, null, null, null, null, null, null, null, "Jl. Kenanga No. 7, Gg. II", null,
                    null, "1500000");
            SourceRow fourth = source.next();
            assertThat(fourth.line()).isEqualTo(4);
            assertThat(Arrays.copyOf(fourth.values(), 3)).containsExactly("a <b> & \"c\"", "formula", "1");
            assertThat(source.next()).isNull();
        }
    }

    @Test
    void aWorkbookCountingDatesFrom1904ReadsTheSameDay() throws IOException {
        String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>3309110101900001</t></is></c>"
                + "<c r=\"E2\"><v>31412</v></c></row>";
        Path file = workbook(null, HEADER_CELLS + row, true);

        try (RowSource source = RowSource.open(ImportFormat.XLSX, file)) {
            assertThat(source.next().values()[ImportColumns.BIRTH_DATE]).isEqualTo("1990-01-01");
        }
    }

    @Test
    void aCellReferringToAMissingSharedStringRefusesTheFile() throws IOException {
        String row = "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>";
        Path file = workbook("<si><t>satu</t></si>", HEADER_CELLS + row, false);

        assertThatThrownBy(() -> ImportFiles.inspect(file)).isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey()).isEqualTo("registry.import.error.format");
    }

    @Test
    void aWorkbookWithoutItsSheetIsRefused() throws IOException {
        Map<String, String> parts = parts(null, HEADER_CELLS, false);
        parts.remove("xl/worksheets/sheet1.xml");
        Path file = zip(parts);

        assertThatThrownBy(() -> ImportFiles.inspect(file)).isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).messageKey()).isEqualTo("registry.import.error.format");
    }

    private static String header() {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (String name : ImportColumns.NAMES) {
            row.append("<c t=\"inlineStr\"><is><t>").append(name).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    private Path workbook(String sharedStrings, String rows, boolean date1904) throws IOException {
        return zip(parts(sharedStrings, rows, date1904));
    }

    private static Map<String, String> parts(String sharedStrings, String rows, boolean date1904) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "")
                + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId3\"/></sheets></workbook>");
        List<String> relations = new ArrayList<>();
        relations.add("<Relationship Id=\"rId3\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (sharedStrings != null) {
            relations.add("<Relationship Id=\"rId1\" Type=\"" + REL + "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\">" + sharedStrings + "</sst>");
        }
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships "
                + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + String.join("", relations) + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
                + "</sheetData></worksheet>");
        return parts;
    }

    private Path zip(Map<String, String> parts) throws IOException {
        Path file = Files.createTempFile(folder, "data-", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
