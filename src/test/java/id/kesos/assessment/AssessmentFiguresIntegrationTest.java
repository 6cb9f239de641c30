package id.kesos.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static id.kesos.PdfPages.pageWith;
import static id.kesos.PdfPages.pixels;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kesos.ApiTokens;
import id.kesos.IntegrationTest;
import id.kesos.access.KesosUser;
import id.kesos.casework.CaseDocument;
import id.kesos.casework.CaseDocuments;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import id.kesos.casework.StageState;
import id.kesos.casework.TimelineItem;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.registry.Persons;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class AssessmentFiguresIntegrationTest {

    @Autowired
    Cases cases;

    @Autowired
    Ecomaps ecomaps;

    @Autowired
    StrengthsQuadrants quadrants;

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


    private static List<EcomapSystemInput> clientUs() {
        return List.of(
                new EcomapSystemInput("Sentra Terpadu Prof. Dr. Soeharso", "SENTRA", "STRONG", "TO_CLIENT", null),
                new EcomapSystemInput("Peksos dan pengasuh", "SOCIAL_WORKER", "STRONG", "BOTH", "sangat mendukung"),
                new EcomapSystemInput("Pembimbing agama", "RELIGION", "MODERATE", "TO_CLIENT", "pengajian rabu sore"),
                new EcomapSystemInput("Teman asrama", "PEERS", "STRONG", "BOTH", "mendukung"),
                new EcomapSystemInput("", null, "MODERATE", "BOTH", " "),
                new EcomapSystemInput("Keluarga", "FAMILY", "STRESSFUL", "TO_CLIENT",
                        "menuntut klien dioperasi, klien tidak berkenan"));
    }

    @Test
    void theTeamSavesTheEcomapIntoTheAssessmentAndReadsItBack() {
        long id = fixtures().assessable("Utami Sulastri");
        KesosUser peksos = fixtures().user("peksos");

        ecomaps.save(peksos, id, 0, clientUs());

        Editable<Ecomap> saved = ecomaps.read(peksos, id);
        assertThat(saved.editable()).isTrue();
        assertThat(saved.value().client()).isEqualTo("US");
        assertThat(saved.value().version()).isEqualTo(1);
        assertThat(saved.value().updatedBy()).isEqualTo("peksos");
        assertThat(saved.value().systems()).extracting(EcomapSystem::name).containsExactly(
                "Sentra Terpadu Prof. Dr. Soeharso", "Peksos dan pengasuh", "Pembimbing agama", "Teman asrama",
                "Keluarga");
        assertThat(saved.value().systems().get(4)).isEqualTo(new EcomapSystem("Keluarga", SystemKind.FAMILY,
                RelationStrength.STRESSFUL, EnergyFlow.TO_CLIENT, "menuntut klien dioperasi, klien tidak berkenan"));
        assertThat(cases.stage(peksos, id, Stage.ASESMEN).view().state()).isEqualTo(StageState.IN_PROGRESS);
        assertThat(cases.timeline(peksos, id)).extracting(TimelineItem::kind).contains("TOOL_SAVED");

        ecomaps.save(peksos, id, 1, clientUs().subList(0, 2));
        assertThat(ecomaps.read(peksos, id).value().systems()).hasSize(2);
        assertThat(ecomaps.read(peksos, id).value().version()).isEqualTo(2);
    }

    @Test
    void badRowsAreAllReportedAndNothingIsStored() {
        long id = fixtures().assessable("Budi Santoso");
        KesosUser peksos = fixtures().user("peksos");
        ecomaps.save(peksos, id, 0, clientUs());

        List<EcomapSystemInput> bad = List.of(
                new EcomapSystemInput(null, "FAMILY", "STRONG", "BOTH", "tanpa nama"),
                new EcomapSystemInput("Ibu", "SAUDARA_JAUH", "KUAT", "BOTH", null),
                new EcomapSystemInput("x".repeat(81), "FAMILY", "STRONG", "BOTH", null));
        assertThatThrownBy(() -> ecomaps.save(peksos, id, 1, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactly(
                                tuple("systems[0].name", "assessment.value.required"),
                                tuple("systems[1].kind", "assessment.value.choice"),
                                tuple("systems[1].strength", "assessment.value.choice"),
                                tuple("systems[2].name", "assessment.value.tooLong")));

        List<EcomapSystemInput> tooMany = new ArrayList<>();
        IntStream.rangeClosed(1, 21).forEach(i -> tooMany.add(
                new EcomapSystemInput("Teman " + i, "FRIENDS", "WEAK", "NONE", null)));
        assertThatThrownBy(() -> ecomaps.save(peksos, id, 1, tooMany))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("assessment.ecomap.tooMany"));

        assertThatThrownBy(() -> ecomaps.save(peksos, id, 0, clientUs()))
                .as("a form filled before the last save")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey).containsExactly("assessment.stale"));

        assertThat(ecomaps.read(peksos, id).value().systems()).hasSize(5);
        assertThat(ecomaps.read(peksos, id).value().version()).isEqualTo(1);
    }

    @Test
    void anotherSentraDoesNotFindTheEcomapAndADoneAssessmentIsNotChanged() {
        long id = fixtures().assessable("Citra Lestari");
        KesosUser peksos = fixtures().user("peksos");
        KesosUser other = fixtures().user("peksos2");
        ecomaps.save(peksos, id, 0, clientUs());

        assertThatThrownBy(() -> ecomaps.read(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ecomaps.figure(other, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ecomaps.save(other, id, 1, clientUs())).isInstanceOf(NotFoundException.class);

        cases.skip(fixtures().user("kepala"), id, Stage.ASESMEN, "Asesmen dari Dinas Sosial dipakai");
        assertThat(ecomaps.read(peksos, id).editable()).isFalse();
        assertThatThrownBy(() -> ecomaps.save(peksos, id, 1, clientUs().subList(0, 1)))
                .isInstanceOf(WorkflowViolation.class);
        assertThat(ecomaps.read(peksos, id).value().systems()).hasSize(5);
    }

    @Test
    void theFigureIsInTheCaseReportAndServedAsSvgAndPngThroughTheApiUnderTheCasesScope() throws Exception {
        long id = fixtures().assessable("Umi Salamah");
        ecomaps.save(fixtures().user("peksos"), id, 0, clientUs());

        byte[] report = documents.print(fixtures().user("peksos"), id, CaseDocument.REPORT, null).pdf();
        try (PDDocument pdf = Loader.loadPDF(report)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Ecomap", "Gambar: Ecomap klien US ", "5 Keluarga Penuh tekanan /konflik Ke klien");
            BufferedImage page = pageWith(pdf, "Gambar: Ecomap klien US");
            assertThat(pixels(page, 0x9b1c1c)).as("the stressful relation's zig-zag").isGreaterThan(30);
            assertThat(pixels(page, 0xfdf2d0)).as("the family's circle").isGreaterThan(2000);
        }

        String token = token("peksos");
        String svg = mvc.perform(get("/api/v1/cases/{id}/ecomap.svg", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andReturn().getResponse().getContentAsString();
        assertThat(svg).startsWith("<?xml").contains("<g class=\"client\">", ">US</text>", "Teman asrama")
                .doesNotContain("Umi");
        byte[] png = mvc.perform(get("/api/v1/cases/{id}/ecomap.png", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        mvc.perform(get("/api/v1/cases/{id}/ecomap.svg", id).header("Authorization", "Bearer " + token("peksos2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/{id}/sosiogram.svg", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from platform.audit_log
                 where entity_type = 'CASE' and entity_id = :id and action = 'VIEW' and summary = 'ecomap'
                """).param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theStrengthsQuadrantKeepsOneItemPerLineAndIsDrawnInTheReport() throws Exception {
        long id = fixtures().assessable("Umar Said");
        KesosUser peksos = fixtures().user("peksos");

        quadrants.save(peksos, id, 0, Map.of(
                "PERSONAL_STRENGTH", "Murah senyum\r\nRamah\n\n  Tepat waktu  \nRajin",
                "ENVIRONMENT_STRENGTH", "Peksos dan pengasuh baik\nMemiliki teman asrama yang mendukung",
                "PERSONAL_WEAKNESS", "Tidak enakan\nKurang percaya diri",
                "ENVIRONMENT_WEAKNESS", "Keluarga menuntut klien untuk dapat dioperasi"));

        Strengths saved = quadrants.read(peksos, id).value();
        assertThat(saved.items(StrengthQuadrant.PERSONAL_STRENGTH))
                .containsExactly("Murah senyum", "Ramah", "Tepat waktu", "Rajin");
        assertThat(saved.items(StrengthQuadrant.ENVIRONMENT_WEAKNESS)).hasSize(1);
        assertThat(saved.version()).isEqualTo(1);

        assertThatThrownBy(() -> quadrants.save(peksos, id, 1, Map.of(
                "PERSONAL_STRENGTH", "x\n".repeat(13), "PERSONAL_WEAKNESS", "y".repeat(201))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("fields[PERSONAL_STRENGTH]", "assessment.strengths.tooMany"),
                                tuple("fields[PERSONAL_WEAKNESS]", "assessment.value.tooLong")));
        assertThat(quadrants.read(peksos, id).value().items(StrengthQuadrant.PERSONAL_STRENGTH)).hasSize(4);
        assertThatThrownBy(() -> quadrants.read(fixtures().user("peksos2"), id)).isInstanceOf(NotFoundException.class);

        byte[] report = documents.print(peksos, id, CaseDocument.REPORT, null).pdf();
        try (PDDocument pdf = Loader.loadPDF(report)) {
            BufferedImage page = pageWith(pdf, "Gambar: Kuadran kekuatan klien US");
            assertThat(pixels(page, 0x1d6b3a)).as("the strengths' green bullets").isGreaterThan(40);
            assertThat(pixels(page, 0x9b1c1c)).as("the weaknesses' red bullets").isGreaterThan(20);
        }
        mvc.perform(get("/api/v1/cases/{id}/strengths.svg", id).header("Authorization", "Bearer " + token("peksos")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kurang percaya diri")));
    }

    @Test
    void formsThatCannotBeReadAreRefusedWith400AndOddLettersStillDraw() throws Exception {
        long id = fixtures().assessable("Umi Sukmawati");
        KesosUser peksos = fixtures().user("peksos");

        mvc.perform(post("/cases/{id}/ecomap", id).with(user(peksos)).with(csrf())
                        .param("version", "0").param("systems[300].name", "Teman"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/cases/{id}/ecomap", id).with(user(peksos)).with(csrf())
                        .param("version", "abc").param("systems[0].name", "Teman").param("systems[0].kind", "FRIENDS")
                        .param("systems[0].strength", "WEAK").param("systems[0].flow", "NONE"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/instruments", id).with(user(fixtures().user("admin"))).with(csrf())
                        .param("items[100000].text", "Pernyataan"))
                .andExpect(status().isBadRequest());
        assertThat(ecomaps.read(peksos, id).value().version()).as("nothing saved").isZero();

        ecomaps.save(peksos, id, 0, List.of(new EcomapSystemInput("Ibu\uFFFESri \uD83D\uDE0A\uD800", "FAMILY",
                "STRONG", "BOTH", null)));
        mvc.perform(get("/cases/{id}/ecomap.png", id).with(user(peksos)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
        mvc.perform(get("/cases/{id}/ecomap.svg", id).with(user(peksos)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">IbuSri")))
                .andExpect(content().string(not(containsString("\uFFFE"))));
    }

    private String token(String username) throws Exception {
        return ApiTokens.of(mvc, username);
    }
}
