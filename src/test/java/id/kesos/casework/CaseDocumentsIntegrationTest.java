package id.kesos.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CaseDocumentsIntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(0);
    /** The page's side margins (2.5 cm left, 2 cm right), with half a point for rounding. */
    private static final float LEFT = 2.5f * 72 / 2.54f - 0.5f;
    private static final float RIGHT = 2f * 72 / 2.54f - 0.5f;

    @Autowired
    Cases cases;

    @Autowired
    CaseDocuments documents;

    @Autowired
    CaseAttachments attachments;

    @Autowired
    GroupSessions groupSessions;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    private KesosUser user(String name) {
        return (KesosUser) principals.loadUserByUsername(name);
    }

    private CaseView openCase(String name) {
        String nik = "3309116310990" + String.format("%03d", SERIAL.incrementAndGet() % 1000);
        PersonView client = persons.register(user("dinsos"), new PersonInput(nik, null, name, "Boyolali", "1999-10-23",
                "P", null, "ISLAM", "D3", "BELUM_BEKERJA", "BELUM_KAWIN", "FISIK", "33.09.11.2004", "Ngemplak", "003",
                "003", null), "FORMULIR");
        return cases.open(user("peksos"), new OpenCase(null, client.nik(), ServiceBase.RESIDENSIAL, "Disabilitas",
                "Disabilitas Fisik", "DINSOS_KABKOTA", "Dinas Sosial Kabupaten Boyolali", null, null));
    }

    private CaseWalk walk(CaseView kase) {
        return new CaseWalk(cases, user("peksos"), user("supervisor"), kase.id());
    }

    /** The seed's client: consent, assessment, CC I, the plan of table 2.2, its sessions, CC II, evaluation, termination. */
    private CaseView walkedToTermination(String name) {
        CaseView kase = openCase(name);
        walk(kase)
                .fillAndComplete(Stage.AKSES, Map.of("letter_number", "460/123/2024"))
                .fillAndComplete(Stage.ENGAGEMENT, Map.of(), Map.of("contact_date", "2024-08-28", "goal", "Perkenalan"))
                .fillAndComplete(Stage.KONTRAK, Map.of("consent_date", "2024-08-29", "consent_sharing", "false"))
                .fillAndComplete(Stage.ASESMEN, Map.of("problem_focus", "Ketidakpercayaan diri klien",
                        "bio_health", "CHRONIC_ILLNESS", "bio_daily_living", "INDEPENDENT",
                        "biological_summary", "Cerebral palsy dan hipertensi", "psy_cognition", "BELOW_AVERAGE",
                        "spi_community", "true", "spiritual_summary", "Rajin sholat lima waktu dan dhuha"),
                        Map.of("name", "S", "sex", "L", "age", "56", "relation", "Bapak", "occupation", "Buruh lepas"))
                .fillAndComplete(Stage.CC1, Map.of("conference_date", "2024-09-12"),
                        Map.of("name", "Supervisor Rehsos", "side", "INSIDE"))
                .fillAndComplete(Stage.RENCANA, Map.of("general_goal", "Meningkatkan kepercayaan diri klien"),
                        activity("2024-09-17", "Konseling pemahaman kepercayaan diri", "CASE_WORK",
                                "Advice Giving and Counseling"),
                        activity("2024-09-18", "Pemberian penguatan", "CASE_WORK", "Positive Reinforcement"),
                        activity("2024-09-23", "Kegiatan tanya jawab", "GROUP_WORK", "Dinamika Kelompok"))
                .fill(Stage.PELAKSANAAN, Map.of(),
                        session("2024-09-17", "Konseling pemahaman kepercayaan diri", "CASE_WORK",
                                "Advice Giving and Counseling", "Klien mau terbuka"),
                        session("2024-09-18", "Pemberian penguatan", "CASE_WORK", "Positive Reinforcement",
                                "Klien lebih menerima keadaan"));
        groupSessions.record(user("peksos"), session("2024-09-23", "Kegiatan tanya jawab", "GROUP_WORK",
                "Dinamika Kelompok", "Klien berusaha menjawab"), List.of(new GroupAttendance(kase.id(), true, null)));
        walk(kase)
                .complete(Stage.PELAKSANAAN)
                .fillAndComplete(Stage.SUPERVISI, Map.of())
                .fillAndComplete(Stage.CC2, Map.of("conference_date", "2024-09-24"),
                        Map.of("name", "Pekerja Sosial", "side", "INSIDE"))
                .fillAndComplete(Stage.MONEV, Map.of())
                .fill(Stage.TERMINASI, Map.of("termination_reason", "REFERRAL", "termination_date", "2024-09-25",
                        "referral_to", "Pekerja sosial pengampu", "return_to", "Ibu S"));
        return kase;
    }

    private static Map<String, String> activity(String date, String what, String method, String technique) {
        return Map.of("planned_date", date, "activity", what, "method", method, "technique", technique,
                "expected_result", "Klien lebih percaya diri");
    }

    private static Map<String, String> session(String date, String what, String method, String technique,
            String result) {
        return Map.of("session_date", date, "activity", what, "method", method, "technique", technique,
                "target", "Klien US", "goal", "Meningkatkan kepercayaan diri", "process", "Praktikan membuka sesi",
                "result", result);
    }

    private String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void everyPaperOfTheCasePrintsWithInitialsLetterheadAndEmbeddedFonts() throws IOException {
        CaseView kase = walkedToTermination("Umi Sholikhah");
        KesosUser peksos = user("peksos");

        List<CaseDocument> printable = documents.printable(peksos, kase.id());
        assertThat(printable).containsExactly(CaseDocument.CONSENT, CaseDocument.CC1_MINUTES, CaseDocument.PLAN,
                CaseDocument.CC2_MINUTES, CaseDocument.TERMINATION, CaseDocument.REFERRAL, CaseDocument.RETURN,
                CaseDocument.REPORT);
        for (CaseDocument document : printable) {
            PrintedDocument printed = documents.print(peksos, kase.id(), document, null);
            assertThat(printed.fileName()).isEqualTo(kase.caseNumber() + "-" + document.slug() + ".pdf");
            String text = text(printed.pdf());
            assertThat(text).as(document.name())
                    .contains("SENTRA TERPADU \"PROF. DR. SOEHARSO\" SURAKARTA", "KEMENTERIAN SOSIAL",
                            "Klien US", kase.caseNumber())
                    .doesNotContain("Umi", "Sholikhah", "3309116310990");
            assertEmbeddedFonts(printed.pdf());
        }

        String consent = text(documents.print(peksos, kase.id(), CaseDocument.CONSENT, null).pdf());
        assertThat(consent).contains("SURAT PERSETUJUAN (INFORMED CONSENT)", "Setuju data dibagikan ke lembaga lain",
                "Surakarta, 29 Agustus 2024");
        String minutes = text(documents.print(peksos, kase.id(), CaseDocument.CC1_MINUTES, null).pdf());
        assertThat(minutes).contains("Berita Acara", "Daftar Hadir", "Supervisor Rehsos", "Kamis, 12 September 2024");
        String plan = text(documents.print(peksos, kase.id(), CaseDocument.PLAN, null).pdf());
        assertThat(plan).contains("Meningkatkan kepercayaan diri klien", "Advice Giving and Counseling",
                "Positive Reinforcement", "Dinamika Kelompok", "Disetujui oleh supervisor");
        String termination = text(documents.print(peksos, kase.id(), CaseDocument.TERMINATION, null).pdf());
        assertThat(termination).contains("Dirujuk kepada Pekerja sosial pengampu", "Rabu, 25 September 2024", "DRAF");

        String report = text(documents.print(peksos, kase.id(), CaseDocument.REPORT, null).pdf());
        assertThat(report).contains("4.1 Intake dan Engagement", "4.2 Asesmen", "4.3 Rencana Intervensi",
                "4.4 Intervensi", "4.5 Evaluasi", "4.6 Terminasi dan Rujukan", "Lampiran",
                "Meningkatkan kepercayaan diri klien", "Ketidakpercayaan diri klien", "Tabel pelaksanaan intervensi",
                "Selasa, 17 September 2024", "Rabu, 18 September 2024", "Senin, 23 September 2024",
                "Klien mau terbuka", "Klien lebih menerima keadaan", "Klien berusaha menjawab",
                "Senin, 23 September 2024 Kegiatan tanya jawab Group Work Dinamika Kelompok Klien berusaha menjawab",
                "Sesi kelompok : 1 klien hadir; klien ini hadir",
                "Ringkasan biopsikososial-spiritual Aspek Ringkasan Keberfungsian biologis Cerebral palsy dan hipertensi",
                "Keberfungsian spiritual Rajin sholat lima waktu dan dhuha",
                "Kondisi kesehatan : Penyakit kronis Aktivitas sehari-hari : Mandiri",
                "Kemampuan kognitif : Di bawah rata-rata", "Ikut kelompok keagamaan : Ya");

        long session = cases.stage(peksos, kase.id(), Stage.PELAKSANAAN).entries().get(0).id();
        PrintedDocument record = documents.print(peksos, kase.id(), CaseDocument.SESSION, session);
        assertThat(text(record.pdf())).contains("Catatan Sesi Intervensi", "Selasa, 17 September 2024",
                "Advice Giving and Counseling", "Klien mau terbuka").doesNotContain("DRAF");
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_log
                 where actor = 'peksos' and action = 'EXPORT' and entity_type = 'CASE' and entity_id = :id
                """).param("id", Long.toString(kase.id())).query(Long.class).single())
                .isEqualTo(printable.size() + 6L);
    }

    @Test
    void aPaperWhoseStageHasNotBegunOrACaseOutOfScopeIsNotFound() {
        CaseView kase = openCase("Sri Rahayu");
        assertThatThrownBy(() -> documents.print(user("peksos"), kase.id(), CaseDocument.PLAN, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.print(user("peksos"), kase.id(), CaseDocument.SESSION, 1L))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.print(user("peksos2"), kase.id(), CaseDocument.REPORT, null))
                .isInstanceOf(NotFoundException.class);
        assertThat(documents.printable(user("peksos"), kase.id())).containsExactly(CaseDocument.REPORT);
    }

    @Test
    void indonesianLettersAndLongTextsArePrintedWholeInsideThePage() throws IOException {
        CaseView kase = openCase("Andreas Novianti");
        String words = IntStream.rangeClosed(1, 1800).mapToObj(i -> String.format("k%04d", i))
                .collect(Collectors.joining(" "));
        String letters = "Ibu Siti \u201cSé\u00f1a\u201d \u2013 Rp 1.500.000,00 \u00bd hari, Ø, ä, ü, \u00e9, \u00ea";
        String link = "https://contoh.kemensos.go.id/" + "panjang".repeat(25);
        walk(kase)
                .fillAndComplete(Stage.AKSES, Map.of())
                .fillAndComplete(Stage.ENGAGEMENT, Map.of(), Map.of("contact_date", "2024-08-28"))
                .fillAndComplete(Stage.KONTRAK, Map.of())
                .fillAndComplete(Stage.ASESMEN, Map.of())
                .fillAndComplete(Stage.CC1, Map.of(), Map.of("name", "Peserta", "side", "INSIDE"))
                .fillAndComplete(Stage.RENCANA, Map.of(), Map.of("activity", "Konseling"))
                .fill(Stage.PELAKSANAAN, Map.of(), Map.of("session_date", "2024-09-17", "place", letters,
                        "process", letters + "\n" + words + "\n" + link, "result", "Selesai."));
        long session = cases.stage(user("peksos"), kase.id(), Stage.PELAKSANAAN).entries().get(0).id();

        byte[] pdf = documents.print(user("peksos"), kase.id(), CaseDocument.SESSION, session).pdf();

        PageBounds bounds = new PageBounds();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            text = bounds.getText(document).replaceAll("\\s+", " ");
        }
        assertThat(bounds.outside).as("characters drawn outside the printable area").isEmpty();
        assertThat(text).contains("\u201cSé\u00f1a\u201d \u2013 Rp 1.500.000,00 \u00bd hari, Ø, ä, ü, \u00e9, \u00ea");
        String flat = text.replaceAll("\\s+", "");
        int at = 0;
        for (String word : words.split(" ")) {
            int found = flat.indexOf(word, at);
            assertThat(found).as("%s printed after the words before it", word).isGreaterThanOrEqualTo(at);
            at = found + word.length();
        }
        assertThat(flat).contains(link);
        assertThat(flat).doesNotContain("#");
        assertEmbeddedFonts(pdf);
    }

    @Test
    void attachmentsAreCheckedByContentAndListedInTheReportsAppendix() throws IOException {
        CaseView kase = openCase("Dewi Kartika");
        KesosUser peksos = user("peksos");
        walk(kase).fillAndComplete(Stage.AKSES, Map.of()).fillAndComplete(Stage.ENGAGEMENT, Map.of(),
                Map.of("contact_date", "2024-08-28"));
        byte[] program = "MZ\u0090\u0000 this is a program renamed to look like a scan".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tooLarge = new byte[AttachmentType.MAX_BYTES + 1];
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;

        assertRefused(() -> attachments.attach(peksos, kase.id(), Stage.KONTRAK, "persetujuan.pdf", null, program),
                "casework.attachment.wrongType");
        assertRefused(() -> attachments.attach(peksos, kase.id(), Stage.KONTRAK, "foto.jpg", null, tooLarge),
                "casework.attachment.tooLarge");
        assertRefused(() -> attachments.attach(peksos, kase.id(), Stage.KONTRAK, "kosong.pdf", null, new byte[0]),
                "casework.attachment.missing");
        assertThat(attachments.list(peksos, kase.id())).isEmpty();

        byte[] scan = documents.print(peksos, kase.id(), CaseDocument.REPORT, null).pdf();
        long scanId = attachments.attach(peksos, kase.id(), Stage.KONTRAK, "C:\\Pindaian\\persetujuan-ditandatangani",
                "Informed consent bertanda tangan", scan);
        attachments.attach(peksos, kase.id(), Stage.ENGAGEMENT, "kunjungan.png", null, png());
        assertThatThrownBy(() -> attachments.attach(user("peksos2"), kase.id(), Stage.KONTRAK, "x.png", null, png()))
                .isInstanceOf(NotFoundException.class);

        assertThat(attachments.list(peksos, kase.id())).extracting(Attachment::fileName, Attachment::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kunjungan.png", AttachmentType.PNG),
                        org.assertj.core.groups.Tuple.tuple("persetujuan-ditandatangani.pdf", AttachmentType.PDF));
        AttachmentFile file = attachments.file(peksos, kase.id(), scanId);
        assertThat(file.content()).isEqualTo(scan);
        assertThat(cases.stage(peksos, kase.id(), Stage.KONTRAK).view().state()).isEqualTo(StageState.IN_PROGRESS);
        assertThat(cases.timeline(peksos, kase.id())).extracting(TimelineItem::kind).contains("ATTACHED");

        String report = text(documents.print(peksos, kase.id(), CaseDocument.REPORT, null).pdf());
        assertThat(report).contains("Lampiran", "Informed consent bertanda tangan", "kunjungan.png", "PNG 1 KB");
        assertThat(report.replace(" ", "")).contains("persetujuan-ditandatangani.pdf");
    }

    private static void assertRefused(Runnable attach, String messageKey) {
        assertThatThrownBy(attach::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly(messageKey));
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void assertEmbeddedFonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSerif"));
        }
    }

    /** Collects every character drawn outside the page's printable width or beyond its height. */
    private static final class PageBounds extends PDFTextStripper {

        final List<String> outside = new ArrayList<>();

        PageBounds() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            PDRectangle page = getCurrentPage().getMediaBox();
            for (TextPosition p : positions) {
                boolean inside = p.getXDirAdj() >= LEFT && p.getXDirAdj() + p.getWidthDirAdj() <= page.getWidth() - RIGHT
                        && p.getYDirAdj() - p.getHeightDir() >= 0 && p.getYDirAdj() <= page.getHeight();
                if (!inside) {
                    outside.add(p.getUnicode() + " @" + Arrays.toString(new float[] {p.getXDirAdj(), p.getYDirAdj()}));
                }
            }
            super.writeString(text, positions);
        }
    }
}
