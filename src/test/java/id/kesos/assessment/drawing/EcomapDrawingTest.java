package id.kesos.assessment.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.assessment.Ecomap;
import id.kesos.assessment.EcomapSystem;
import id.kesos.assessment.EnergyFlow;
import id.kesos.assessment.RelationStrength;
import id.kesos.assessment.SystemKind;
import id.kesos.platform.Svg.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class EcomapDrawingTest {

    private static final Function<String, String> KEYS = key -> key;

    /** The ecomap of client US (seed 004, Gambar 2.1). */
    static Ecomap clientUs() {
        return ecomap(List.of(
                new EcomapSystem("Sentra Terpadu Prof. Dr. Soeharso", SystemKind.SENTRA, RelationStrength.STRONG,
                        EnergyFlow.TO_CLIENT, null),
                new EcomapSystem("Pekerja sosial", SystemKind.SOCIAL_WORKER, RelationStrength.STRONG,
                        EnergyFlow.BOTH, null),
                new EcomapSystem("Pengasuh", SystemKind.CAREGIVER, RelationStrength.STRONG, EnergyFlow.TO_CLIENT, null),
                new EcomapSystem("Pembimbing agama", SystemKind.RELIGION, RelationStrength.MODERATE,
                        EnergyFlow.TO_CLIENT, null),
                new EcomapSystem("Teman asrama", SystemKind.PEERS, RelationStrength.MODERATE, EnergyFlow.BOTH, null),
                new EcomapSystem("Keluarga", SystemKind.FAMILY, RelationStrength.STRESSFUL, EnergyFlow.TO_CLIENT,
                        "menuntut klien dioperasi"),
                new EcomapSystem("Tetangga", SystemKind.COMMUNITY, RelationStrength.WEAK, EnergyFlow.NONE, null),
                new EcomapSystem("Ayah", SystemKind.FAMILY, RelationStrength.BROKEN, EnergyFlow.FROM_CLIENT, null)));
    }

    private static Ecomap ecomap(List<EcomapSystem> systems) {
        return new Ecomap(1, "US", systems, 1, "peksos", null);
    }

    @Test
    void drawsOneNodePerSystemAroundTheMarkedClient() {
        SvgDocument svg = SvgDocument.of(EcomapDrawing.draw(clientUs(), KEYS));

        assertThat(svg.all("g", "system")).hasSize(8)
                .extracting(g -> g.getAttribute("data-kind"))
                .containsExactly("SENTRA", "SOCIAL_WORKER", "CAREGIVER", "RELIGION", "PEERS", "FAMILY", "COMMUNITY",
                        "FAMILY");
        assertThat(svg.all("g", "relation")).hasSize(8);
        List<Element> client = svg.all("g", "client");
        assertThat(client).hasSize(1);
        assertThat(SvgDocument.children(client.get(0), "circle")).as("a double outline").hasSize(2);
        assertThat(SvgDocument.children(client.get(0), "text").get(0).getTextContent()).isEqualTo("US");
        assertThat(svg.all("text", null)).extracting(Element::getTextContent)
                .contains("Terpadu Prof.", "Pekerja sosial", "Teman asrama", "assessment.strength.STRESSFUL");
    }

    @Test
    void drawsEachRelationInItsLineStyle() {
        SvgDocument svg = SvgDocument.of(EcomapDrawing.draw(clientUs(), KEYS));
        List<Element> relations = svg.all("g", "relation");

        Element strong = relation(relations, "STRONG");
        assertThat(SvgDocument.children(strong, "line").get(0).getAttribute("stroke-width")).isEqualTo("5");
        Element moderate = relation(relations, "MODERATE");
        assertThat(SvgDocument.children(moderate, "line").get(0).getAttribute("stroke-width")).isEqualTo("1.8");
        assertThat(SvgDocument.children(moderate, "line").get(0).hasAttribute("stroke-dasharray")).isFalse();
        Element weak = relation(relations, "WEAK");
        assertThat(SvgDocument.children(weak, "line").get(0).getAttribute("stroke-dasharray")).isEqualTo("8 6");
        Element stressful = relation(relations, "STRESSFUL");
        assertThat(SvgDocument.children(stressful, "line")).isEmpty();
        assertThat(SvgDocument.children(stressful, "polyline").get(0).getAttribute("points").split(" ").length)
                .as("a zig-zag, not a straight line").isGreaterThan(5);
        Element broken = relation(relations, "BROKEN");
        assertThat(SvgDocument.children(broken, "line")).as("two halves and two bars").hasSize(4);
        assertThat(strong.getAttribute("class")).isEqualTo("relation strong");
    }

    @Test
    void pointsArrowsTheWayEnergyFlows() {
        SvgDocument svg = SvgDocument.of(EcomapDrawing.draw(clientUs(), KEYS));

        for (Element relation : svg.all("g", "relation")) {
            List<String> toward = SvgDocument.children(relation, "polygon").stream()
                    .map(arrow -> arrow.getAttribute("data-toward")).toList();
            switch (EnergyFlow.valueOf(relation.getAttribute("data-flow"))) {
                case TO_CLIENT -> assertThat(toward).containsExactly("client");
                case FROM_CLIENT -> assertThat(toward).containsExactly("system");
                case BOTH -> assertThat(toward).containsExactlyInAnyOrder("client", "system");
                case NONE -> assertThat(toward).isEmpty();
            }
        }
    }

    @Test
    void keepsTwentySystemsWithLongNamesApartAndInsideTheFigure() {
        List<EcomapSystem> systems = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> systems.add(new EcomapSystem(
                i % 3 == 0 ? "Lembaga Kesejahteraan Sosial Anak Harapan Bangsa " + i : "Teman " + i,
                SystemKind.values()[i % SystemKind.values().length], RelationStrength.values()[i % 5],
                EnergyFlow.values()[i % 4], null)));

        SvgDocument svg = SvgDocument.of(EcomapDrawing.draw(ecomap(systems), KEYS));

        assertThat(svg.all("g", "system")).hasSize(20);
        List<Box> labels = svg.all("rect", "label-box").stream().map(SvgDocument::box).toList();
        assertThat(labels).hasSize(21);
        for (int i = 0; i < labels.size(); i++) {
            Box label = labels.get(i);
            assertThat(label.x()).isGreaterThanOrEqualTo(0);
            assertThat(label.right()).isLessThanOrEqualTo(svg.width());
            assertThat(label.bottom()).isLessThanOrEqualTo(svg.height());
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(label.overlaps(labels.get(j))).as("label %d and %d overlap", i, j).isFalse();
            }
        }
        List<Element> circles = svg.all("g", "system").stream()
                .map(g -> SvgDocument.children(g, "circle").get(0)).toList();
        for (int i = 0; i < circles.size(); i++) {
            for (int j = i + 1; j < circles.size(); j++) {
                Element a = circles.get(i);
                Element b = circles.get(j);
                double distance = Math.hypot(SvgDocument.number(a, "cx") - SvgDocument.number(b, "cx"),
                        SvgDocument.number(a, "cy") - SvgDocument.number(b, "cy"));
                assertThat(distance).as("circles %d and %d", i, j)
                        .isGreaterThan(SvgDocument.number(a, "r") + SvgDocument.number(b, "r"));
            }
        }
    }

    @Test
    void drawsAnEmptyEcomapAsTheClientAlone() {
        SvgDocument svg = SvgDocument.of(EcomapDrawing.draw(ecomap(List.of()), KEYS));

        assertThat(svg.all("g", "system")).isEmpty();
        assertThat(svg.all("g", "client")).hasSize(1);
        assertThat(svg.all("g", "legend")).hasSize(1);
    }

    private static Element relation(List<Element> relations, String strength) {
        return relations.stream().filter(r -> r.getAttribute("data-strength").equals(strength)).findFirst()
                .orElseThrow();
    }
}
