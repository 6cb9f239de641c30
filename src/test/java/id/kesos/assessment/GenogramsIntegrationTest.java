package id.kesos.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.ApiTokens;
import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.casework.CaseDocument;
import id.kesos.casework.CaseDocuments;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class GenogramsIntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(7000);

    @Autowired
    Cases cases;

    @Autowired
    Genograms genograms;

    @Autowired
    CaseDocuments documents;

    @Autowired
    Persons persons;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;


    private CaseFixtures fixtures() {
        return new CaseFixtures(cases, persons, principals);
    }

    private KesosUser user(String username) {
        return fixtures().user(username);
    }


    private int version(long caseId) {
        return genograms.read(user("peksos"), caseId).value().version();
    }

    private void person(long caseId, String key, String name, String sex, String born, String died) {
        genograms.savePerson(user("peksos"), caseId, version(caseId),
                new GenogramPersonInput(key, name, sex, born, died, false, false, false));
    }

    /** The acceptance's family, entered one change at a time as the editor sends them. */
    private void divorceRemarriageTwins(long caseId) {
        KesosUser peksos = user("peksos");
        person(caseId, null, "Kakek Karto", "L", "1940", "2010");
        person(caseId, null, "Nenek Sumi", "P", "1945", null);
        person(caseId, null, "Pak Budi", "L", "1968", null);
        person(caseId, null, "Bu Ani", "P", "1970", null);
        person(caseId, null, "Bu Tini", "P", "1975", null);
        genograms.savePerson(peksos, caseId, version(caseId),
                new GenogramPersonInput(null, "US", "P", "2000", null, false, true, true));
        person(caseId, null, "Kembaran", "P", "2000", null);
        person(caseId, null, "Adik tiri", "L", "2008", null);
        genograms.savePartnership(peksos, caseId, version(caseId), new PartnershipInput("1", "2", "MARRIAGE"));
        genograms.savePartnership(peksos, caseId, version(caseId), new PartnershipInput("3", "4", "DIVORCE"));
        genograms.savePartnership(peksos, caseId, version(caseId), new PartnershipInput("3", "5", "MARRIAGE"));
        genograms.saveParents(peksos, caseId, version(caseId), new ParentsInput("3", "1,2", "BIOLOGICAL", "", false));
        genograms.saveParents(peksos, caseId, version(caseId), new ParentsInput("6", "3,4", "BIOLOGICAL", null, false));
        genograms.saveParents(peksos, caseId, version(caseId), new ParentsInput("7", "4,3", "BIOLOGICAL", "6", true));
        genograms.saveParents(peksos, caseId, version(caseId), new ParentsInput("8", "3,5", "ADOPTED", null, false));
    }

    @Test
    void theTeamBuildsTheGenogramOneChangeAtATimeAndReadsItBack() {
        long id = fixtures().assessable("Utari Susanti");
        KesosUser peksos = user("peksos");

        divorceRemarriageTwins(id);

        CaseGenogram saved = genograms.read(peksos, id).value();
        Genogram genogram = saved.genogram();
        assertThat(saved.version()).isEqualTo(15);
        assertThat(saved.client()).isEqualTo("US");
        assertThat(genogram.persons()).extracting(GenogramPerson::key, GenogramPerson::name).containsExactly(
                tuple("1", "Kakek Karto"), tuple("2", "Nenek Sumi"), tuple("3", "Pak Budi"), tuple("4", "Bu Ani"),
                tuple("5", "Bu Tini"), tuple("6", "US"), tuple("7", "Kembaran"), tuple("8", "Adik tiri"));
        assertThat(genogram.person("1").orElseThrow().deceased()).isTrue();
        assertThat(genogram.partnerships()).extracting(Partnership::kind)
                .containsExactly(PartnershipKind.MARRIAGE, PartnershipKind.DIVORCE, PartnershipKind.MARRIAGE);
        assertThat(genogram.parentsOf("8").orElseThrow().kind()).isEqualTo(ChildKind.ADOPTED);
        assertThat(genogram.twins()).containsExactly(new Twins("7", "6", true));
        assertThat(genogram.generations()).containsEntry("1", 0).containsEntry("3", 1).containsEntry("6", 2);

        genograms.savePerson(peksos, id, 15, new GenogramPersonInput("7", "Kembaran", "P", "2000", null, false, true,
                false));
        genograms.savePartnership(peksos, id, 16, new PartnershipInput("4", "3", "SEPARATION"));
        genogram = genograms.read(peksos, id).value().genogram();
        assertThat(genogram.persons()).filteredOn(GenogramPerson::client).extracting(GenogramPerson::key)
                .containsExactly("7");
        assertThat(genogram.partnerships().get(1).kind()).isEqualTo(PartnershipKind.SEPARATION);

        genograms.removePerson(peksos, id, 17, "3");
        genogram = genograms.read(peksos, id).value().genogram();
        assertThat(genogram.persons()).hasSize(7);
        assertThat(genogram.partnerships()).hasSize(1);
        assertThat(genogram.children()).isEmpty();
        assertThat(genogram.twins()).isEmpty();
        assertThat(cases.timeline(peksos, id)).anySatisfy(item -> assertThat(item.kind()).isEqualTo("TOOL_SAVED"));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndNothingChanges() {
        long id = fixtures().assessable("Bagus Setiawan");
        KesosUser peksos = user("peksos");
        divorceRemarriageTwins(id);

        assertThatThrownBy(() -> genograms.savePerson(peksos, id, 15,
                new GenogramPersonInput(null, " ", "X", "19x0", "2300", false, false, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(tuple("name", "assessment.value.required"), tuple("sex", "assessment.value.choice"),
                                tuple("birthYear", "assessment.genogram.error.year"),
                                tuple("deathYear", "assessment.genogram.error.year")));
        assertRefused(() -> genograms.savePerson(peksos, id, 15,
                new GenogramPersonInput("2", "Nenek", "P", "1945", "1930", false, false, false)), "assessment.genogram.error.years");
        assertRefused(() -> genograms.saveParents(peksos, id, 15, new ParentsInput("8", "1,4", "BIOLOGICAL", null, false)),
                "assessment.genogram.error.parentsNotPartners");
        assertRefused(() -> genograms.saveParents(peksos, id, 15, new ParentsInput("1", "6", "BIOLOGICAL", null, false)),
                "assessment.genogram.error.ancestry");
        assertRefused(() -> genograms.saveParents(peksos, id, 15, new ParentsInput("8", "3,5", "BIOLOGICAL", "1", false)),
                "assessment.genogram.error.twinsNotSiblings");
        assertRefused(() -> genograms.removePartnership(peksos, id, 15, 1), "assessment.genogram.error.partnershipHasChildren");
        assertRefused(() -> genograms.removePerson(peksos, id, 15, "99"), "assessment.genogram.error.unknownPerson");
        assertRefused(() -> genograms.start(peksos, id, 15), "assessment.genogram.error.notEmpty");
        assertRefused(() -> genograms.savePerson(peksos, id, 14,
                new GenogramPersonInput(null, "Paman", "L", null, null, false, false, false)), "assessment.stale");

        assertThat(genograms.read(peksos, id).value().version()).isEqualTo(15);
        assertThat(genograms.read(peksos, id).value().genogram().persons()).hasSize(8);
    }

    @Test
    void startsFromTheClientsKkAndTheAssessmentsFamilyTableWithoutAnyNik() {
        long id = fixtures().assessable("Umi Salamah");
        KesosUser dinsos = user("dinsos");
        String kk = "33091120011" + SERIAL.incrementAndGet() + "0";
        PersonView client = persons.open(dinsos, cases.view(user("peksos"), id).personId());
        PersonInput in = client.input();
        persons.update(dinsos, client.id(), new PersonInput(in.nik(), kk, in.nama(), in.tempatLahir(), in.tanggalLahir(),
                in.jenisKelamin(), "ANAK", in.agama(), in.pendidikan(), in.pekerjaan(), in.statusPerkawinan(),
                in.disabilitas(), in.kodeWilayah(), in.alamat(), in.rt(), in.rw(), in.penghasilanBulanan()),
                client.version(), "FORMULIR");
        PersonView father = register(kk, "Slamet Riyadi", "L", "1960-03-12", "KEPALA_KELUARGA");
        register(kk, "Sri Wahyuni", "P", "1963-09-20", "ISTRI");
        register(kk, "Dedi Kurniawan", "L", "1992-01-05", "ANAK");
        KesosUser peksos = user("peksos");
        cases.addEntry(peksos, id, Stage.ASESMEN, Map.of("name", "Mbah Karto", "sex", "L", "age", "85 tahun",
                "relation", "Kakek"));
        cases.addEntry(peksos, id, Stage.ASESMEN, Map.of("name", "sri wahyuni", "sex", "P", "age", "61",
                "relation", "Ibu kandung"));

        genograms.start(peksos, id, 0);

        Genogram genogram = genograms.read(peksos, id).value().genogram();
        assertThat(genogram.persons()).extracting(GenogramPerson::name)
                .as("the KK's members by initials like the client, the table's rows as written, Sri Wahyuni once")
                .containsExactlyInAnyOrder("US", "SR", "SW", "DK", "Mbah Karto");
        GenogramPerson us = genogram.persons().stream().filter(GenogramPerson::client).findFirst().orElseThrow();
        assertThat(us.name()).isEqualTo("US");
        assertThat(us.household()).isTrue();
        assertThat(genogram.partnerships()).hasSize(1);
        assertThat(genogram.parentsOf(us.key())).isPresent();
        String dedi = key(genogram, "DK");
        assertThat(genogram.parentsOf(dedi).orElseThrow().sameParents(genogram.parentsOf(us.key()).orElseThrow())).isTrue();
        GenogramPerson mbah = genogram.person(key(genogram, "Mbah Karto")).orElseThrow();
        assertThat(mbah.birthYear()).isGreaterThan(1930);
        assertThat(mbah.household()).isFalse();
        assertThat(genograms.draw(genogram).toString())
                .doesNotContain(father.nik(), client.nik(), kk, "Umi", "Slamet", "Wahyuni", "Kurniawan");
    }

    @Test
    void aFamilyTableRowWithAnImpossibleAgeOrALongNameStillStartsTheGenogram() {
        long id = fixtures().assessable("Siti Aminah");
        KesosUser peksos = user("peksos");
        String longName = "Mbah " + "Sastrodiharjo ".repeat(8);
        cases.addEntry(peksos, id, Stage.ASESMEN, Map.of("name", "Kakek Tua", "sex", "L", "age", "999",
                "relation", "Kakek"));
        cases.addEntry(peksos, id, Stage.ASESMEN, Map.of("name", longName, "sex", "P", "age", "90",
                "relation", "Nenek"));

        genograms.start(peksos, id, 0);

        Genogram genogram = genograms.read(peksos, id).value().genogram();
        assertThat(genogram.person(key(genogram, "Kakek Tua")).orElseThrow().birthYear()).isNull();
        assertThat(genogram.persons()).extracting(GenogramPerson::name)
                .contains(longName.substring(0, 80).strip());
    }

    @Test
    void anotherSentraFindsNothingAndOnlyTheTeamWritesWhileTheAssessmentIsOpen() {
        long id = fixtures().assessable("Cahya Lestari");
        KesosUser peksos = user("peksos");
        person(id, null, "Ibu", "P", "1970", null);

        KesosUser other = user("peksos2");
        assertThatThrownBy(() -> genograms.read(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> genograms.figure(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> genograms.removePerson(other, id, 1, "1")).isInstanceOf(NotFoundException.class);

        KesosUser kepala = user("kepala");
        assertThat(genograms.read(kepala, id).editable()).isFalse();
        assertThatThrownBy(() -> genograms.removePerson(kepala, id, 1, "1")).isInstanceOf(AccessDeniedException.class);

        cases.skip(kepala, id, Stage.ASESMEN, "Asesmen dari Dinas Sosial dipakai");
        assertThat(genograms.read(peksos, id).editable()).isFalse();
        assertThatThrownBy(() -> genograms.removePerson(peksos, id, 1, "1")).isInstanceOf(WorkflowViolation.class);
        assertThat(genograms.read(peksos, id).value().genogram().persons()).hasSize(1);
    }

    @Test
    void theGenogramIsInTheCaseReportAndServedAsSvgAndPngUnderTheCasesScope() throws Exception {
        long id = fixtures().assessable("Umar Sidik");
        divorceRemarriageTwins(id);

        byte[] report = documents.print(user("peksos"), id, CaseDocument.REPORT, null).pdf();
        try (PDDocument pdf = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Gambar: Genogram keluarga klien US", "1 Kakek Karto Laki-laki 1940 2010",
                    "6 US Perempuan 2000 Klien Serumah");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(pageWith(pdf, "Gambar: Genogram"), 150);
            assertThat(ink(page)).as("the figure's lines and symbols").isGreaterThan(5000);
        }

        String token = token("peksos");
        String svg = mvc.perform(get("/api/v1/cases/{id}/genogram.svg", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(svg).startsWith("<?xml").contains("class=\"relation divorce\"", ">Kakek Karto</text>")
                .doesNotContain("Umar");
        byte[] png = mvc.perform(get("/api/v1/cases/{id}/genogram.png", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        mvc.perform(get("/api/v1/cases/{id}/genogram.svg", id).header("Authorization", "Bearer " + token("peksos2")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_log
                 where entity_type = 'CASE' and entity_id = :id and action = 'VIEW' and summary = 'genogram'
                """).param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theEditorAnswersBadInputWithA400AndTheFormAgain() throws Exception {
        long id = fixtures().assessable("Dewi Sartika");

        mvc.perform(post("/cases/{id}/genogram/persons", id).with(as("peksos")).with(csrf())
                        .param("version", "0").param("name", "Nenek").param("sex", "P").param("birthYear", "abad 19"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tulis tahun dengan empat angka")));
        mvc.perform(post("/cases/{id}/genogram/persons", id).with(as("peksos")).with(csrf())
                        .param("version", "0").param("name", "Nenek").param("sex", "P").param("birthYear", "1950"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/{id}/genogram/partnerships/{position}/remove", id, 5)
                        .with(as("peksos")).with(csrf()).param("version", "1"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/cases/{id}/genogram", id).with(as("peksos2")))
                .andExpect(status().isNotFound());
        assertThat(genograms.read(user("peksos"), id).value().genogram().persons()).hasSize(1);
    }

    private RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(user(username));
    }

    private PersonView register(String kk, String name, String sex, String birthDate, String relationship) {
        String nik = "330911" + birthDate.substring(8, 10) + birthDate.substring(5, 7) + birthDate.substring(2, 4)
                + SERIAL.incrementAndGet();
        return persons.register(user("dinsos"), new PersonInput(nik, kk, name, "Boyolali", birthDate, sex,
                relationship, "ISLAM", "SMA", "WIRASWASTA", "KAWIN", null, "33.09.11.2004", "Ngemplak", "003", "001",
                null), "FORMULIR");
    }

    private static int pageWith(PDDocument pdf, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("no page shows " + text);
    }

    /** How many pixels of the page are drawn in the figure's dark grey, give or take the smoothing. */
    private static int ink(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int pixel = image.getRGB(x, y);
                if (Math.abs((pixel >> 16 & 0xff) - 0x22) < 12 && Math.abs((pixel >> 8 & 0xff) - 0x22) < 12
                        && Math.abs((pixel & 0xff) - 0x22) < 12) {
                    count++;
                }
            }
        }
        return count;
    }

    private static String key(Genogram genogram, String name) {
        return genogram.persons().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().key();
    }

    private static void assertRefused(Runnable change, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(InvalidInputException.Problem::messageKey).containsExactly(messageKey));
    }

    private String token(String username) throws Exception {
        return ApiTokens.of(mvc, username);
    }
}
