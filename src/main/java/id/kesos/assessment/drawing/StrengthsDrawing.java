package id.kesos.assessment.drawing;

import id.kesos.assessment.StrengthQuadrant;
import id.kesos.assessment.Strengths;
import id.kesos.platform.Svg;
import id.kesos.platform.Svg.Box;
import id.kesos.platform.Svg.Element;
import id.kesos.platform.SvgText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws the strengths quadrant as the seed's figure has it: two axes crossing, strengths above and
 * weaknesses below, the environment left and the person right, each field's items listed in it.
 * A row of fields is as tall as its longer list, so no item is cut or overlaps another.
 */
public final class StrengthsDrawing {

    static final double FONT = 11;
    static final double CELL_WIDTH = 280;
    static final double MIN_CELL_HEIGHT = 90;
    static final double AXIS_LABEL = 24;
    static final double PADDING = 10;
    static final double ITEM_GAP = 4;

    private StrengthsDrawing() {}

    /** A field's items laid out from its top left corner: each item's lines and box. */
    private record Item(List<String> lines, Box box) {}

    public static Svg draw(Strengths strengths, Function<String, String> text) {
        double top = AXIS_LABEL + PADDING;
        double left = AXIS_LABEL + widestSideLabel(text) + PADDING;
        double upper = Math.max(height(strengths, StrengthQuadrant.ENVIRONMENT_STRENGTH),
                height(strengths, StrengthQuadrant.PERSONAL_STRENGTH));
        double lower = Math.max(height(strengths, StrengthQuadrant.ENVIRONMENT_WEAKNESS),
                height(strengths, StrengthQuadrant.PERSONAL_WEAKNESS));
        double width = left + 2 * CELL_WIDTH + widestSideLabel(text) + AXIS_LABEL;
        double middleX = left + CELL_WIDTH;
        double middleY = top + upper;
        Svg svg = new Svg(width, middleY + lower + AXIS_LABEL + PADDING,
                text.apply("assessment.strengths.figure") + " " + strengths.client());
        svg.add(Svg.element("rect").attr("width", width).attr("height", svg.height()).attr("fill", "#ffffff"));
        svg.add(axes(left, top, middleX, middleY, upper, lower));
        svg.add(axisLabels(text, left, top, middleX, middleY, upper, lower));
        for (StrengthQuadrant quadrant : StrengthQuadrant.values()) {
            double x = quadrant.personal() ? middleX : left;
            double y = quadrant.strength() ? top : middleY;
            svg.add(field(quadrant, strengths.items(quadrant), x, y));
        }
        return svg;
    }

    private static double widestSideLabel(Function<String, String> text) {
        return Math.max(SvgText.width(text.apply("assessment.strengths.axis.environment"), FONT, true),
                SvgText.width(text.apply("assessment.strengths.axis.personal"), FONT, true));
    }

    private static double height(Strengths strengths, StrengthQuadrant quadrant) {
        List<Item> items = layout(strengths.items(quadrant), 0, 0);
        double bottom = items.isEmpty() ? 0 : items.get(items.size() - 1).box().bottom();
        return Math.max(MIN_CELL_HEIGHT, bottom + 2 * PADDING);
    }

    private static List<Item> layout(List<String> items, double x, double y) {
        List<Item> laid = new ArrayList<>();
        double lineHeight = SvgText.lineHeight(FONT);
        double at = y + PADDING;
        for (String item : items) {
            List<String> lines = SvgText.wrap(item, FONT, CELL_WIDTH - 2 * PADDING - 14);
            double itemWidth = lines.stream().mapToDouble(line -> SvgText.width(line, FONT, false)).max().orElse(0);
            Box box = new Box(x + PADDING, at, Math.min(CELL_WIDTH - 2 * PADDING, itemWidth + 16),
                    lines.size() * lineHeight + 2);
            laid.add(new Item(lines, box));
            at = box.bottom() + ITEM_GAP;
        }
        return laid;
    }

    private static Element field(StrengthQuadrant quadrant, List<String> items, double x, double y) {
        Element group = Svg.element("g").attr("class", "quadrant").attr("data-quadrant", quadrant.name());
        double lineHeight = SvgText.lineHeight(FONT);
        for (Item item : layout(items, x, y)) {
            Element entry = Svg.element("g").attr("class", "item");
            entry.add(EcomapDrawing.labelBox(item.box()));
            entry.add(Svg.element("circle").attr("cx", item.box().x() + 5).attr("cy", item.box().y() + lineHeight * 0.55)
                    .attr("r", 2.5).attr("fill", quadrant.strength() ? "#1d6b3a" : "#9b1c1c"));
            for (int i = 0; i < item.lines().size(); i++) {
                entry.add(Svg.element("text").attr("x", item.box().x() + 14)
                        .attr("y", item.box().y() + (i + 0.8) * lineHeight).attr("font-size", FONT)
                        .text(item.lines().get(i)));
            }
            group.add(entry);
        }
        return group;
    }

    private static Element axes(double left, double top, double middleX, double middleY, double upper, double lower) {
        Element group = Svg.element("g").attr("class", "axes").attr("stroke", "#111111").attr("stroke-width", 1.5);
        group.add(Svg.element("line").attr("x1", left).attr("y1", middleY).attr("x2", left + 2 * CELL_WIDTH)
                .attr("y2", middleY));
        group.add(Svg.element("line").attr("x1", middleX).attr("y1", top).attr("x2", middleX)
                .attr("y2", middleY + lower));
        group.add(Svg.element("rect").attr("x", left).attr("y", top).attr("width", 2 * CELL_WIDTH)
                .attr("height", upper + lower).attr("fill", "none").attr("stroke-width", 0.6));
        return group;
    }

    private static Element axisLabels(Function<String, String> text, double left, double top, double middleX,
            double middleY, double upper, double lower) {
        Element group = Svg.element("g").attr("class", "axis-labels").attr("font-size", FONT).attr("font-weight", "bold");
        group.add(Svg.element("text").attr("x", middleX).attr("y", top - 8).attr("text-anchor", "middle")
                .text(text.apply("assessment.strengths.axis.strengths")));
        group.add(Svg.element("text").attr("x", middleX).attr("y", middleY + lower + 18).attr("text-anchor", "middle")
                .text(text.apply("assessment.strengths.axis.weaknesses")));
        group.add(Svg.element("text").attr("x", left - 8).attr("y", middleY + 4).attr("text-anchor", "end")
                .text(text.apply("assessment.strengths.axis.environment")));
        group.add(Svg.element("text").attr("x", left + 2 * CELL_WIDTH + 8).attr("y", middleY + 4)
                .text(text.apply("assessment.strengths.axis.personal")));
        return group;
    }
}
