package id.kesos.assessment.drawing;

import id.kesos.assessment.ChildKind;
import id.kesos.assessment.ChildLink;
import id.kesos.assessment.Genogram;
import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.GenogramSex;
import id.kesos.assessment.Partnership;
import id.kesos.assessment.PartnershipKind;
import id.kesos.assessment.Twins;
import id.kesos.platform.Svg;
import id.kesos.platform.SvgText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The key under a genogram: the symbols always, the other marks and lines only when the genogram
 * uses them, wrapped into lines no wider than the figure.
 */
final class GenogramLegend {

    private static final double SIZE = 10;
    private static final double SAMPLE = 30;
    private static final double ROW = 24;
    private static final double SMALL = 16;

    private final Svg.Element element = Svg.element("g").attr("class", "legend");
    private double right;
    private double bottom;

    GenogramLegend(Genogram genogram, UnaryOperator<String> caption, double left, double top, double maxWidth) {
        element.add(Svg.element("text").attr("class", "legend-title").attr("x", left).attr("y", top + SIZE)
                .attr("font-size", SIZE).attr("font-weight", "bold").attr("fill", "#222").text(caption.apply("legend")));
        double x = left;
        double y = top + 18;
        right = left + SvgText.width(caption.apply("legend"), SIZE, true);
        for (Item item : items(genogram)) {
            String text = caption.apply(item.key());
            double width = SAMPLE + 6 + SvgText.width(text, SIZE, false) + 18;
            if (x > left && x + width > left + maxWidth) {
                x = left;
                y += ROW;
            }
            Svg.Element entry = Svg.element("g").attr("class", "legend-item").attr("data-key", item.key());
            entry.add(item.sample(x, y));
            entry.add(Svg.element("text").attr("class", "legend-label").attr("x", x + SAMPLE + 6).attr("y", y + 12)
                    .attr("font-size", SIZE).attr("fill", "#222").text(text));
            element.add(entry);
            right = Math.max(right, x + width - 18);
            x += width;
        }
        bottom = y + ROW;
    }

    Svg.Element element() {
        return element;
    }

    double right() {
        return right;
    }

    double bottom() {
        return bottom;
    }

    private static List<Item> items(Genogram genogram) {
        List<Item> items = new ArrayList<>();
        items.add(symbolItem("male", GenogramSex.L));
        items.add(symbolItem("female", GenogramSex.P));
        if (genogram.persons().stream().anyMatch(p -> p.sex() == GenogramSex.UNKNOWN)) {
            items.add(symbolItem("unknown", GenogramSex.UNKNOWN));
        }
        if (genogram.persons().stream().anyMatch(GenogramPerson::deceased)) {
            items.add(new Item("deceased", (x, y) -> {
                Svg.Element g = Svg.element("g").add(sample(GenogramSex.L, x, y));
                g.add(GenogramDrawing.stroke(Svg.element("line").attr("x1", x + 5).attr("y1", y - 2)
                        .attr("x2", x + 25).attr("y2", y + 18), null));
                return g.add(GenogramDrawing.stroke(Svg.element("line").attr("x1", x + 5).attr("y1", y + 18)
                        .attr("x2", x + 25).attr("y2", y - 2), null));
            }));
        }
        items.add(new Item("client", (x, y) -> Svg.element("g").add(sample(GenogramSex.L, x, y))
                .add(GenogramDrawing.symbol(GenogramSex.L, x + SAMPLE / 2, y - 3, SMALL + 6).attr("fill", "none")
                        .attr("stroke", "#222").attr("stroke-width", 1.5))));
        if (genogram.persons().stream().anyMatch(GenogramPerson::household)) {
            items.add(new Item("household", (x, y) -> Svg.element("rect").attr("x", x + 1).attr("y", y)
                    .attr("width", SAMPLE - 2).attr("height", SMALL).attr("fill", "none").attr("stroke", "#555")
                    .attr("stroke-dasharray", "7 4")));
        }
        for (PartnershipKind kind : PartnershipKind.values()) {
            if (genogram.partnerships().stream().map(Partnership::kind).anyMatch(kind::equals)) {
                items.add(new Item(kind.name().toLowerCase(Locale.ROOT), (x, y) -> partnershipSample(kind, x, y)));
            }
        }
        for (ChildKind kind : ChildKind.values()) {
            if (genogram.children().stream().map(ChildLink::kind).anyMatch(kind::equals)) {
                items.add(new Item(kind.name().toLowerCase(Locale.ROOT), (x, y) -> GenogramDrawing.stroke(
                        Svg.element("line").attr("x1", x + SAMPLE / 2).attr("y1", y).attr("x2", x + SAMPLE / 2)
                                .attr("y2", y + SMALL), GenogramDrawing.dashes(kind))));
            }
        }
        if (!genogram.twins().isEmpty()) {
            items.add(new Item("twins", (x, y) -> twinsSample(x, y, false)));
        }
        if (genogram.twins().stream().anyMatch(Twins::identical)) {
            items.add(new Item("identicalTwins", (x, y) -> twinsSample(x, y, true)));
        }
        return items;
    }

    private static Item symbolItem(String key, GenogramSex sex) {
        return new Item(key, (x, y) -> sample(sex, x, y));
    }

    private static Svg.Element sample(GenogramSex sex, double x, double y) {
        return GenogramDrawing.symbol(sex, x + SAMPLE / 2, y, SMALL).attr("fill", "#fff").attr("stroke", "#222")
                .attr("stroke-width", 1.5);
    }

    private static Svg.Element partnershipSample(PartnershipKind kind, double x, double y) {
        double line = y + SMALL / 2;
        Svg.Element g = Svg.element("g").add(GenogramDrawing.stroke(Svg.element("line").attr("x1", x).attr("y1", line)
                .attr("x2", x + SAMPLE).attr("y2", line), GenogramDrawing.dashes(kind)));
        int slashes = kind == PartnershipKind.DIVORCE ? 2 : kind == PartnershipKind.SEPARATION ? 1 : 0;
        for (int i = 0; i < slashes; i++) {
            double cx = x + SAMPLE / 2 + (slashes == 2 ? (i == 0 ? -3 : 3) : 0);
            g.add(GenogramDrawing.stroke(Svg.element("line").attr("x1", cx - 3).attr("y1", line + 6)
                    .attr("x2", cx + 3).attr("y2", line - 6), null));
        }
        return g;
    }

    private static Svg.Element twinsSample(double x, double y, boolean identical) {
        double apex = x + SAMPLE / 2;
        Svg.Element g = Svg.element("g")
                .add(GenogramDrawing.stroke(Svg.element("line").attr("x1", apex).attr("y1", y).attr("x2", x + 4)
                        .attr("y2", y + SMALL), null))
                .add(GenogramDrawing.stroke(Svg.element("line").attr("x1", apex).attr("y1", y).attr("x2", x + SAMPLE - 4)
                        .attr("y2", y + SMALL), null));
        if (identical) {
            g.add(GenogramDrawing.stroke(Svg.element("line").attr("x1", (apex + x + 4) / 2).attr("y1", y + SMALL / 2)
                    .attr("x2", (apex + x + SAMPLE - 4) / 2).attr("y2", y + SMALL / 2), null));
        }
        return g;
    }

    private interface Sample {
        Svg.Element at(double x, double y);
    }

    private record Item(String key, Sample drawing) {

        Svg.Element sample(double x, double y) {
            return drawing.at(x, y);
        }
    }
}
