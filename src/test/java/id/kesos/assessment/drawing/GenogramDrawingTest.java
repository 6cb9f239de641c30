package id.kesos.assessment.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.assessment.ChildKind;
import id.kesos.assessment.ChildLink;
import id.kesos.assessment.Genogram;
import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.Partnership;
import id.kesos.assessment.PartnershipKind;
import id.kesos.platform.Svg;
import id.kesos.platform.SvgImages;
import java.awt.geom.Path2D;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class GenogramDrawingTest {

    static Stream<Genogram> genograms() {
        return Stream.of(Families.small(), Families.divorceRemarriageTwins(), Families.large());
    }

    private static Figure draw(Genogram genogram) {
        return new Figure(GenogramDrawing.draw(genogram, key -> "[" + key + "]"));
    }

    @ParameterizedTest
    @MethodSource("genograms")
    void drawsOnePersonNodeWithTheRightSymbolPerPerson(Genogram genogram) {
        Figure figure = draw(genogram);

        assertThat(figure.withClass("person")).hasSize(genogram.persons().size());
        for (GenogramPerson person : genogram.persons()) {
            Element node = figure.person(person.key());
            String symbol = figure.within(node, "symbol").get(0).getLocalName();
            assertThat(symbol).as(person.key()).isEqualTo(switch (person.sex()) {
                case L -> "rect";
                case P -> "circle";
                case UNKNOWN -> "polygon";
            });
            assertThat(node.getAttribute("data-sex")).isEqualTo(person.sex().name());
            assertThat(figure.within(node, "deceased-mark")).as(person.key()).hasSize(person.deceased() ? 2 : 0);
            assertThat(node.getAttribute("data-deceased")).isEqualTo(String.valueOf(person.deceased()));
            assertThat(figure.within(node, "client-mark")).as(person.key()).hasSize(person.client() ? 1 : 0);
        }
    }

    @ParameterizedTest
    @MethodSource("genograms")
    void putsEachGenerationOnOneRowBelowTheOneBefore(Genogram genogram) {
        Figure figure = draw(genogram);
        Map<Integer, List<Double>> tops = genogram.persons().stream().collect(Collectors.groupingBy(
                p -> Integer.valueOf(figure.person(p.key()).getAttribute("data-generation")),
                Collectors.mapping(p -> figure.symbol(p.key()).y(), Collectors.toList())));

        assertThat(tops.keySet()).hasSizeGreaterThanOrEqualTo(2);
        double previous = Double.NEGATIVE_INFINITY;
        for (int generation = 0; generation < tops.size(); generation++) {
            assertThat(tops.get(generation)).as("generation " + generation).containsOnly(tops.get(generation).get(0));
            assertThat(tops.get(generation).get(0)).isGreaterThan(previous);
            previous = tops.get(generation).get(0);
        }
        for (ChildLink link : genogram.children()) {
            assertThat(figure.symbol(link.child()).y()).isGreaterThan(figure.symbol(link.parent()).y());
        }
    }

    @ParameterizedTest
    @MethodSource("genograms")
    void ordersSiblingsByBirthYearFromLeftToRight(Genogram genogram) {
        Figure figure = draw(genogram);
        Map<String, List<ChildLink>> sibships = genogram.children().stream()
                .collect(Collectors.groupingBy(link -> link.parent() + "+" + link.otherParent()));

        assertThat(sibships.values()).anySatisfy(sibship -> assertThat(sibship).hasSizeGreaterThan(1));
        for (List<ChildLink> sibship : sibships.values()) {
            List<String> byBirth = sibship.stream().map(ChildLink::child)
                    .sorted(Comparator.comparing(key -> genogram.person(key).orElseThrow().birthYear())).toList();
            List<String> byPlace = sibship.stream().map(ChildLink::child)
                    .sorted(Comparator.comparingDouble(figure::centreX)).toList();
            assertThat(byPlace).isEqualTo(byBirth);
        }
    }

    @ParameterizedTest
    @MethodSource("genograms")
    void keepsPartnersSideBySideAndChildrenUnderTheirParents(Genogram genogram) {
        Figure figure = draw(genogram);

        for (Partnership partnership : genogram.partnerships()) {
            double left = Math.min(figure.centreX(partnership.a()), figure.centreX(partnership.b()));
            double right = Math.max(figure.centreX(partnership.a()), figure.centreX(partnership.b()));
            double row = figure.symbol(partnership.a()).y();
            assertThat(figure.symbol(partnership.b()).y()).isEqualTo(row);
            assertThat(genogram.persons()).as("between " + partnership).noneMatch(p -> figure.symbol(p.key()).y() == row
                    && figure.centreX(p.key()) > left && figure.centreX(p.key()) < right);
        }
        for (Element family : figure.withClass("family")) {
            double drop = Figure.number(figure.within(family, "descent").get(0), "x1");
            List<Element> childLines = figure.within(family, "child-line");
            double first = childLines.stream().mapToDouble(line -> Figure.number(line, "x2")).min().orElseThrow();
            double last = childLines.stream().mapToDouble(line -> Figure.number(line, "x2")).max().orElseThrow();
            assertThat(drop).as(family.getAttribute("data-parents")).isBetween(first - 120, last + 120);
        }
    }

    @ParameterizedTest
    @MethodSource("genograms")
    void neverLetsALabelOverlapAnotherLabelOrASymbol(Genogram genogram) {
        Figure figure = draw(genogram);
        List<Svg.Box> labels = figure.labelBoxes();
        List<Svg.Box> symbols = genogram.persons().stream().map(p -> figure.symbol(p.key())).toList();

        assertThat(labels).hasSize(genogram.persons().size());
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).overlaps(labels.get(j))).as(labels.get(i) + " and " + labels.get(j)).isFalse();
            }
            for (Svg.Box symbol : symbols) {
                assertThat(labels.get(i).overlaps(symbol)).as(labels.get(i) + " on " + symbol).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("genograms")
    void enclosesExactlyTheHouseholdInTheDashedOutline(Genogram genogram) {
        Figure figure = draw(genogram);
        Path2D outline = figure.household();

        assertThat(figure.withClass("household").get(0).getAttribute("stroke-dasharray")).isNotBlank();
        for (GenogramPerson person : genogram.persons()) {
            Svg.Box symbol = figure.symbol(person.key());
            assertThat(outline.contains(symbol.x() + symbol.width() / 2, symbol.y() + symbol.height() / 2))
                    .as(person.key()).isEqualTo(person.household());
        }
    }

    @ParameterizedTest
    @MethodSource("genograms")
    void drawsEachRelationWithItsLineStyle(Genogram genogram) {
        Figure figure = draw(genogram);

        assertThat(figure.withClass("relation")).hasSize(genogram.partnerships().size());
        for (Partnership partnership : genogram.partnerships()) {
            Element relation = figure.relation(partnership.a(), partnership.b()).orElseThrow();
            Element line = figure.within(relation, "relation-line").get(0);
            assertThat(relation.getAttribute("class")).contains(partnership.kind().name().toLowerCase());
            assertThat(figure.within(relation, "relation-mark")).as(partnership.toString()).hasSize(switch (partnership.kind()) {
                case DIVORCE -> 2;
                case SEPARATION -> 1;
                case MARRIAGE, COHABITATION -> 0;
            });
            assertThat(line.getAttribute("stroke-dasharray").isEmpty()).isEqualTo(partnership.kind() != PartnershipKind.COHABITATION);
        }
        for (ChildLink link : genogram.children()) {
            String dashes = figure.childLine(link.child()).getAttribute("stroke-dasharray");
            assertThat(dashes).as(link.child()).isEqualTo(switch (link.kind()) {
                case BIOLOGICAL -> "";
                case ADOPTED -> "6 4";
                case FOSTER -> "1.5 3";
            });
        }
    }

    @Test
    void drawsTheAcceptanceGenogramWithDivorceRemarriageTwinsAndADeceasedGrandparent() {
        Genogram genogram = Families.divorceRemarriageTwins();
        Svg svg = GenogramDrawing.draw(genogram, key -> "[" + key + "]");
        Figure figure = new Figure(svg);

        assertThat(figure.person("kakek").getAttribute("data-deceased")).isEqualTo("true");
        assertThat(figure.within(figure.person("kakek"), "label")).extracting(Element::getTextContent)
                .contains("Nama kakek", "1940–2010");
        assertThat(figure.person("kakek").getAttribute("data-generation")).isEqualTo("0");
        assertThat(figure.person("klien").getAttribute("data-generation")).isEqualTo("2");
        assertThat(figure.relation("ayah", "ibu").orElseThrow().getAttribute("class")).isEqualTo("relation divorce");
        assertThat(figure.relation("ayah", "ibutiri").orElseThrow().getAttribute("class")).isEqualTo("relation marriage");
        // the father stands between his former and his present wife
        assertThat(figure.centreX("ayah")).isBetween(Math.min(figure.centreX("ibu"), figure.centreX("ibutiri")),
                Math.max(figure.centreX("ibu"), figure.centreX("ibutiri")));

        Element client = figure.childLine("klien");
        Element twin = figure.childLine("kembaran");
        assertThat(List.of(client.getAttribute("x1"), client.getAttribute("y1")))
                .isEqualTo(List.of(twin.getAttribute("x1"), twin.getAttribute("y1")));
        assertThat(client.getAttribute("x1")).isNotEqualTo(client.getAttribute("x2"));
        Element tiri1 = figure.childLine("tiri1");
        Element tiri2 = figure.childLine("tiri2");
        assertThat(tiri1.getAttribute("x1")).isEqualTo(tiri2.getAttribute("x1"));
        assertThat(figure.childLine("tiri3").getAttribute("x1")).isNotEqualTo(tiri1.getAttribute("x1"));
        Element secondFamily = figure.withClass("family").stream()
                .filter(f -> f.getAttribute("data-parents").contains("ibutiri")).findFirst().orElseThrow();
        Element firstFamily = figure.withClass("family").stream()
                .filter(f -> f.getAttribute("data-parents").equals("ayah ibu")).findFirst().orElseThrow();
        assertThat(figure.within(secondFamily, "identical-bar")).hasSize(1);
        assertThat(figure.within(firstFamily, "identical-bar")).isEmpty();

        assertThat(figure.withClass("legend-item")).extracting(e -> e.getAttribute("data-key"))
                .contains("deceased", "client", "household", "marriage", "divorce", "twins", "identicalTwins")
                .doesNotContain("separation", "cohabitation", "adopted", "foster");
        assertThat(SvgImages.png(svg)).isNotEmpty();
    }

    @Test
    void drawsTheLargeFamilyWithTheLegendBelowEveryone() {
        Genogram genogram = Families.large();
        Figure figure = draw(genogram);

        assertThat(genogram.persons()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(genogram.generations().values()).containsOnly(0, 1, 2, 3);
        double lowest = genogram.persons().stream().mapToDouble(p -> figure.symbol(p.key()).bottom()).max().orElseThrow();
        assertThat(figure.withClass("legend-label")).allSatisfy(label ->
                assertThat(Figure.number(label, "y")).isGreaterThan(lowest));
        assertThat(figure.withClass("legend-item")).extracting(e -> e.getAttribute("data-key"))
                .contains("separation", "cohabitation", "adopted", "foster", "unknown");
    }

    @Test
    void writesNamesAsTypedAndEscapesThem() {
        Genogram genogram = new Genogram(List.of(
                new GenogramPerson("a", "Sri <\"Ibu\"> & Anak", null, null, null, true, true, false)),
                List.of(), List.of(), List.of());

        Figure figure = draw(genogram);

        assertThat(figure.within(figure.person("a"), "label")).extracting(Element::getTextContent)
                .containsExactly("Sri <\"Ibu\"> &", "Anak");
        assertThat(figure.person("a").getAttribute("data-sex")).isEqualTo("UNKNOWN");
        assertThat(figure.within(figure.person("a"), "deceased-mark")).hasSize(2);
    }

    @Test
    void drawsAnEmptyGenogramAsALegendAlone() {
        Figure figure = draw(Genogram.empty());

        assertThat(figure.withClass("person")).isEmpty();
        assertThat(figure.withClass("legend-item")).extracting(e -> e.getAttribute("data-key"))
                .containsExactly("male", "female", "client");
    }

    @Test
    void linesOfAdoptedAndFosteredChildrenKeepTheirStyle() {
        assertThat(GenogramDrawing.dashes(ChildKind.ADOPTED)).isNotEqualTo(GenogramDrawing.dashes(ChildKind.FOSTER));
        assertThat(GenogramDrawing.dashes(ChildKind.BIOLOGICAL)).isNull();
    }
}
