package id.kesos.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kesos.platform.Svg;
import id.kesos.platform.SvgImages;
import id.kesos.progress.Direction;
import id.kesos.progress.Indicator;
import id.kesos.progress.IndicatorKind;
import id.kesos.progress.IndicatorOutcome;
import id.kesos.progress.Measurement;
import id.kesos.progress.Phase;
import id.kesos.progress.Scale;
import id.kesos.progress.TargetKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProgressChartTest {

    private static final ProgressChart.Labels LABELS = new ProgressChart.Labels("Grafik pengukuran", "Skor",
            "Baseline", "Selama intervensi", "Pasca intervensi", "Target");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static IndicatorOutcome outcome(List<Measurement> measurements, double target, Scale scale) {
        Indicator indicator = new Indicator(1, 7, IndicatorKind.INSTRUMENT, 1L, "Daftar Periksa Kepercayaan Diri",
                null, null, null, Direction.HIGHER_BETTER, TargetKind.LEVEL, target);
        return IndicatorOutcome.of(indicator, measurements, scale);
    }

    private static Measurement measurement(long id, Phase phase, LocalDate date, double value) {
        return new Measurement(id, 1, phase, date, value, 1, null, "peksos", null);
    }

    /** The seed's client: a baseline, two measurements during the six weeks, a post score. */
    private static List<Measurement> fewMeasurements() {
        return List.of(measurement(1, Phase.BASELINE, LocalDate.of(2024, 9, 9), 26),
                measurement(2, Phase.DURING, LocalDate.of(2024, 9, 17), 30),
                measurement(3, Phase.DURING, LocalDate.of(2024, 9, 23), 33),
                measurement(4, Phase.POST, LocalDate.of(2024, 10, 14), 38));
    }

    /** A year of weekly counts close to each other, which cannot all be labelled. */
    private static List<Measurement> manyMeasurements() {
        List<Measurement> list = new ArrayList<>();
        for (int week = 0; week < 52; week++) {
            Phase phase = week < 4 ? Phase.BASELINE : week < 48 ? Phase.DURING : Phase.POST;
            list.add(measurement(week + 1, phase, LocalDate.of(2024, 1, 1).plusWeeks(week), 20 + (week * 7 % 5)
                    + week / 4.0));
        }
        return list;
    }

    private static Document parse(Svg svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> withAttribute(Document document, String attribute) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute(attribute)) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> withAttribute(Document document, String attribute, String value) {
        return withAttribute(document, attribute).stream().filter(e -> e.getAttribute(attribute).equals(value)).toList();
    }

    @Test
    void drawsOnePointPerMeasurementWithItsPhaseShapeAndALabelForEach() throws Exception {
        ProgressChart.Drawing drawing = ProgressChart.draw(outcome(fewMeasurements(), 36, new Scale(12, 48)), LABELS,
                INDONESIAN);
        Document svg = parse(drawing.svg());

        List<Element> points = withAttribute(svg, "data-measurement");
        assertThat(points).hasSize(4);
        assertThat(points).extracting(Element::getTagName).containsExactly("circle", "rect", "rect", "path");
        assertThat(points).extracting(p -> p.getAttribute("data-value")).containsExactly("26", "30", "33", "38");
        assertThat(points).allSatisfy(p -> assertThat(p.getElementsByTagName("title").getLength()).isEqualTo(1));
        assertThat(drawing.labels()).extracting(ProgressChart.PlacedLabel::text).containsExactly("26", "30", "33", "38");
        assertThat(withAttribute(svg, "data-label-for")).hasSize(4);
        assertThat(withAttribute(svg, "data-role", "series")).hasSize(1);
        assertThat(withAttribute(svg, "data-role", "phase-break")).hasSize(2);
    }

    @Test
    void drawsTheTargetAsADashedLineAtItsLevelWithALegendOfPhasesAndTarget() throws Exception {
        Document svg = parse(ProgressChart.draw(outcome(fewMeasurements(), 36, new Scale(12, 48)), LABELS, INDONESIAN)
                .svg());

        List<Element> target = withAttribute(svg, "data-role", "target");
        assertThat(target).hasSize(1);
        assertThat(target.get(0).getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(target.get(0).getAttribute("y1")).isEqualTo(target.get(0).getAttribute("y2"));
        assertThat(withAttribute(svg, "data-role", "target-label").get(0).getTextContent()).isEqualTo("Target 36");
        assertThat(withAttribute(svg, "data-legend")).extracting(e -> e.getAttribute("data-legend"))
                .containsExactly("BASELINE", "DURING", "POST", "TARGET");
        // A higher score is drawn higher: the post point lies above the baseline point.
        List<Element> points = withAttribute(svg, "data-measurement");
        assertThat(Double.parseDouble(points.get(3).getAttribute("d").split("[ L]")[1]))
                .isLessThan(Double.parseDouble(points.get(0).getAttribute("cy")));
    }

    @Test
    void labelsDatesAlongTheAxisInTheReadersLanguage() throws Exception {
        Document svg = parse(ProgressChart.draw(outcome(fewMeasurements(), 36, null), LABELS, INDONESIAN).svg());

        List<Element> dates = withAttribute(svg, "data-tick", "date");
        assertThat(dates).hasSizeBetween(2, 8);
        assertThat(dates.get(0).getTextContent()).isEqualTo("9 Sep 24");
    }

    @Test
    void keepsLabelsApartWithManyMeasurementsLeavingOutThoseWithNoFreePlace() throws Exception {
        List<Measurement> measurements = manyMeasurements();
        ProgressChart.Drawing drawing = ProgressChart.draw(outcome(measurements, 40, null), LABELS, INDONESIAN);
        Document svg = parse(drawing.svg());

        assertThat(withAttribute(svg, "data-measurement")).hasSize(52);
        List<ProgressChart.PlacedLabel> labels = drawing.labels();
        assertThat(labels).hasSizeBetween(10, 51);
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).box().overlaps(labels.get(j).box()))
                        .as("labels of measurements %d and %d", labels.get(i).measurementId(),
                                labels.get(j).measurementId())
                        .isFalse();
            }
            assertThat(labels.get(i).box().x()).isGreaterThanOrEqualTo(0);
            assertThat(labels.get(i).box().right()).isLessThanOrEqualTo(ProgressChart.WIDTH);
        }
        assertThat(SvgImages.png(drawing.svg())).isNotEmpty();
    }
}
