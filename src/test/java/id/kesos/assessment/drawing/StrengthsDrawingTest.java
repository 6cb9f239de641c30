package id.kesos.assessment.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.assessment.StrengthQuadrant;
import id.kesos.assessment.Strengths;
import id.kesos.platform.Svg.Box;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class StrengthsDrawingTest {

    /** The quadrant of client US (seed 004, Gambar 1.5). */
    private static Strengths clientUs() {
        return new Strengths(1, "US", Map.of(
                StrengthQuadrant.ENVIRONMENT_STRENGTH, List.of("Peksos dan pengasuh baik",
                        "Pengasuh dan pembimbing agama sangat mendukung", "Memiliki teman asrama yang mendukung"),
                StrengthQuadrant.PERSONAL_STRENGTH, List.of("Murah senyum", "Ramah", "Tepat waktu", "Rajin"),
                StrengthQuadrant.ENVIRONMENT_WEAKNESS, List.of(
                        "Keluarga menuntut klien untuk dapat dioperasi tetapi klien tidak berkenan"),
                StrengthQuadrant.PERSONAL_WEAKNESS, List.of("Tidak enakan", "Kurang percaya diri")), 1, "peksos", null);
    }

    @Test
    void putsStrengthsAboveWeaknessesAndTheEnvironmentLeftOfThePerson() {
        SvgDocument svg = SvgDocument.of(StrengthsDrawing.draw(clientUs(), key -> key));

        Map<String, Box> fields = Map.of(
                "ENVIRONMENT_STRENGTH", first(svg, "ENVIRONMENT_STRENGTH"),
                "PERSONAL_STRENGTH", first(svg, "PERSONAL_STRENGTH"),
                "ENVIRONMENT_WEAKNESS", first(svg, "ENVIRONMENT_WEAKNESS"),
                "PERSONAL_WEAKNESS", first(svg, "PERSONAL_WEAKNESS"));
        assertThat(fields.get("ENVIRONMENT_STRENGTH").right()).isLessThan(fields.get("PERSONAL_STRENGTH").x());
        assertThat(fields.get("ENVIRONMENT_WEAKNESS").right()).isLessThan(fields.get("PERSONAL_WEAKNESS").x());
        assertThat(fields.get("PERSONAL_STRENGTH").bottom()).isLessThan(fields.get("PERSONAL_WEAKNESS").y());
        assertThat(fields.get("ENVIRONMENT_STRENGTH").bottom()).isLessThan(fields.get("ENVIRONMENT_WEAKNESS").y());
        assertThat(items(svg, "PERSONAL_STRENGTH")).hasSize(4);
        assertThat(items(svg, "ENVIRONMENT_WEAKNESS")).hasSize(1);
        assertThat(svg.all("text", null)).extracting(Element::getTextContent)
                .contains("Murah senyum", "Kurang percaya diri", "assessment.strengths.axis.strengths",
                        "assessment.strengths.axis.weaknesses", "assessment.strengths.axis.environment",
                        "assessment.strengths.axis.personal");
    }

    @Test
    void longListsGrowTheirRowAndNoItemOverlapsAnotherOrLeavesTheFigure() {
        List<String> many = Collections.nCopies(12,
                "Butir yang panjang sekali sehingga harus dipecah menjadi beberapa baris di dalam kolomnya");
        Strengths full = new Strengths(1, "AB", Map.of(StrengthQuadrant.PERSONAL_WEAKNESS, many,
                StrengthQuadrant.ENVIRONMENT_STRENGTH, many.subList(0, 3)), 1, null, null);

        SvgDocument svg = SvgDocument.of(StrengthsDrawing.draw(full, key -> key));

        List<Box> boxes = svg.all("rect", "label-box").stream().map(SvgDocument::box).toList();
        assertThat(boxes).hasSize(15);
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).bottom()).isLessThanOrEqualTo(svg.height());
            assertThat(boxes.get(i).right()).isLessThanOrEqualTo(svg.width());
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("items %d and %d", i, j).isFalse();
            }
        }
        Box lastWeakness = items(svg, "PERSONAL_WEAKNESS").get(11);
        Element horizontalAxis = SvgDocument.children(svg.all("g", "axes").get(0), "line").get(0);
        assertThat(lastWeakness.y()).isGreaterThan(SvgDocument.number(horizontalAxis, "y1"));
        assertThat(first(svg, "ENVIRONMENT_STRENGTH").bottom()).isLessThan(SvgDocument.number(horizontalAxis, "y1"));
    }

    private static List<Box> items(SvgDocument svg, String quadrant) {
        Element field = svg.all("g", "quadrant").stream()
                .filter(g -> g.getAttribute("data-quadrant").equals(quadrant)).findFirst().orElseThrow();
        return SvgDocument.children(field, "rect").stream().map(SvgDocument::box).toList();
    }

    private static Box first(SvgDocument svg, String quadrant) {
        return items(svg, quadrant).get(0);
    }
}
