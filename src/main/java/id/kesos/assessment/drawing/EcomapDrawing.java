package id.kesos.assessment.drawing;

import id.kesos.assessment.Ecomap;
import id.kesos.assessment.EcomapSystem;
import id.kesos.assessment.EnergyFlow;
import id.kesos.assessment.RelationStrength;
import id.kesos.platform.Svg;
import id.kesos.platform.Svg.Box;
import id.kesos.platform.Svg.Element;
import id.kesos.platform.SvgText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws an ecomap: the client in a double circle in the centre, each system in a circle on a ring
 * around it, joined to the client by a line in the relation's style, with arrows for the flow of
 * energy, and a legend below. Each system's circle is as large as its label needs, and the ring
 * grows until no two circles touch, so twenty systems with long names stay readable.
 */
public final class EcomapDrawing {

    static final double FONT = 11;
    static final double LABEL_WIDTH = 84;
    static final double CLIENT_RADIUS = 46;
    static final double MIN_RADIUS = 34;
    static final double GAP = 18;
    static final double MARGIN = 16;

    private EcomapDrawing() {}

    /** A system placed on the ring: its centre, radius and label lines. */
    private record Node(EcomapSystem system, List<String> lines, Box label, double radius, double x, double y) {

        Node at(double newX, double newY) {
            return new Node(system, lines, new Box(newX - label.width() / 2, newY - label.height() / 2,
                    label.width(), label.height()), radius, newX, newY);
        }
    }

    /**
     * The figure.
     *
     * @param text the figure's words (legend, title) by message key, in the papers' language
     */
    public static Svg draw(Ecomap ecomap, Function<String, String> text) {
        List<Node> nodes = place(ecomap.systems().stream().map(EcomapDrawing::sized).toList());
        double extent = CLIENT_RADIUS;
        for (Node node : nodes) {
            extent = Math.max(extent, Math.max(Math.abs(node.x()), Math.abs(node.y())) + node.radius());
        }
        Legend legend = new Legend(text);
        double width = Math.max(2 * (extent + MARGIN), legend.width() + 2 * MARGIN);
        double centreX = width / 2;
        double centreY = extent + MARGIN;
        Svg svg = new Svg(width, centreY + extent + MARGIN + legend.height() + MARGIN,
                text.apply("assessment.ecomap.figure") + " " + ecomap.client());
        svg.add(Svg.element("rect").attr("width", width).attr("height", svg.height()).attr("fill", "#ffffff"));
        Element relations = Svg.element("g").attr("class", "relations");
        Element systems = Svg.element("g").attr("class", "systems");
        for (Node placed : nodes) {
            Node node = placed.at(centreX + placed.x(), centreY + placed.y());
            relations.add(relation(node, centreX, centreY));
            systems.add(system(node));
        }
        svg.add(relations).add(systems).add(client(ecomap.client(), centreX, centreY));
        svg.add(legend.draw(MARGIN, centreY + extent + MARGIN));
        return svg;
    }

    private static Node sized(EcomapSystem system) {
        List<String> lines = SvgText.wrap(system.name(), FONT, LABEL_WIDTH);
        double labelWidth = lines.stream().mapToDouble(line -> SvgText.width(line, FONT, false)).max().orElse(0) + 6;
        double labelHeight = lines.size() * SvgText.lineHeight(FONT) + 4;
        double radius = Math.max(MIN_RADIUS, Math.hypot(labelWidth / 2, labelHeight / 2) + 4);
        return new Node(system, lines, new Box(-labelWidth / 2, -labelHeight / 2, labelWidth, labelHeight), radius,
                0, 0);
    }

    /**
     * Puts the systems on a ring around the centre (0, 0), clockwise from the top, each taking an
     * arc as wide as its circle; the ring widens until no two circles (with a gap) overlap.
     */
    private static List<Node> place(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return nodes;
        }
        double largest = nodes.stream().mapToDouble(Node::radius).max().orElse(MIN_RADIUS);
        double total = nodes.stream().mapToDouble(node -> 2 * node.radius() + GAP).sum();
        double ring = Math.max(CLIENT_RADIUS + largest + 70, total / (2 * Math.PI));
        while (true) {
            List<Node> placed = new ArrayList<>(nodes.size());
            double along = 0;
            for (Node node : nodes) {
                double share = node.radius() + GAP / 2;
                double angle = -Math.PI / 2 + 2 * Math.PI * (along + share) / total;
                along += 2 * share;
                placed.add(node.at(ring * Math.cos(angle), ring * Math.sin(angle)));
            }
            if (apart(placed)) {
                return placed;
            }
            ring *= 1.1;
        }
    }

    private static boolean apart(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                Node a = nodes.get(i);
                Node b = nodes.get(j);
                if (Math.hypot(a.x() - b.x(), a.y() - b.y()) < a.radius() + b.radius() + GAP / 2) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Element client(String initials, double x, double y) {
        Element group = Svg.element("g").attr("class", "client");
        group.add(Svg.element("circle").attr("cx", x).attr("cy", y).attr("r", CLIENT_RADIUS)
                .attr("fill", "#ffffff").attr("stroke", "#111111").attr("stroke-width", 2.0));
        group.add(Svg.element("circle").attr("cx", x).attr("cy", y).attr("r", CLIENT_RADIUS - 5)
                .attr("fill", "none").attr("stroke", "#111111").attr("stroke-width", 1.0));
        double size = 18;
        double labelWidth = SvgText.width(initials, size, true) + 6;
        group.add(labelBox(new Box(x - labelWidth / 2, y - size * 0.75, labelWidth, size * 1.25)));
        group.add(Svg.element("text").attr("x", x).attr("y", y + size * 0.35).attr("text-anchor", "middle")
                .attr("font-size", size).attr("font-weight", "bold").text(initials));
        return group;
    }

    private static Element system(Node node) {
        EcomapSystem system = node.system();
        Element group = Svg.element("g").attr("class", "system").attr("data-kind", system.kind().name())
                .attr("data-strength", system.strength().name()).attr("data-flow", system.flow().name());
        group.add(Svg.element("circle").attr("cx", node.x()).attr("cy", node.y()).attr("r", node.radius())
                .attr("fill", Palette.fill(system.kind())).attr("stroke", "#333333").attr("stroke-width", 1.2));
        group.add(labelBox(node.label()).attr("fill", Palette.fill(system.kind())));
        double lineHeight = SvgText.lineHeight(FONT);
        double top = node.y() - node.lines().size() * lineHeight / 2;
        for (int i = 0; i < node.lines().size(); i++) {
            group.add(Svg.element("text").attr("x", node.x()).attr("y", top + (i + 0.8) * lineHeight)
                    .attr("text-anchor", "middle").attr("font-size", FONT).text(node.lines().get(i)));
        }
        return group;
    }

    static Element labelBox(Box box) {
        return Svg.element("rect").attr("class", "label-box").attr("x", box.x()).attr("y", box.y())
                .attr("width", box.width()).attr("height", box.height()).attr("fill", "#ffffff");
    }

    /** The line between the client's circle and the system's, with its arrows. */
    private static Element relation(Node node, double centreX, double centreY) {
        double distance = Math.hypot(node.x() - centreX, node.y() - centreY);
        double ux = (node.x() - centreX) / distance;
        double uy = (node.y() - centreY) / distance;
        double startX = centreX + ux * CLIENT_RADIUS;
        double startY = centreY + uy * CLIENT_RADIUS;
        double endX = node.x() - ux * node.radius();
        double endY = node.y() - uy * node.radius();
        EcomapSystem system = node.system();
        Element group = Svg.element("g").attr("class", "relation " + Lines.className(system.strength()))
                .attr("data-strength", system.strength().name()).attr("data-flow", system.flow().name());
        group.add(Lines.line(startX, startY, endX, endY, system.strength()));
        if (system.flow() == EnergyFlow.TO_CLIENT || system.flow() == EnergyFlow.BOTH) {
            group.add(Lines.arrow(endX, endY, startX, startY, "client"));
        }
        if (system.flow() == EnergyFlow.FROM_CLIENT || system.flow() == EnergyFlow.BOTH) {
            group.add(Lines.arrow(startX, startY, endX, endY, "system"));
        }
        return group;
    }

    /** The legend: a sample of each line style and of the arrow, with its meaning. */
    private static final class Legend {

        private static final double ROW = 20;
        private static final double SAMPLE = 56;

        private final Function<String, String> text;
        private final List<String> labels = new ArrayList<>();

        Legend(Function<String, String> text) {
            this.text = text;
            for (RelationStrength strength : RelationStrength.values()) {
                labels.add(text.apply("assessment.strength." + strength.name()));
            }
            labels.add(text.apply("assessment.ecomap.legend.flow"));
        }

        double width() {
            double widest = labels.stream().mapToDouble(label -> SvgText.width(label, FONT, false)).max().orElse(0);
            return 2 * (SAMPLE + 12 + widest + 24);
        }

        double height() {
            return ROW * (1 + Math.ceil(labels.size() / 2.0));
        }

        Element draw(double x, double y) {
            Element group = Svg.element("g").attr("class", "legend");
            group.add(Svg.element("text").attr("x", x).attr("y", y + FONT).attr("font-size", FONT)
                    .attr("font-weight", "bold").text(text.apply("assessment.legend")));
            double column = width() / 2;
            for (int i = 0; i < labels.size(); i++) {
                double left = x + (i % 2) * column;
                double middle = y + ROW * (1 + i / 2) + ROW / 2;
                if (i < RelationStrength.values().length) {
                    group.add(Lines.line(left, middle, left + SAMPLE, middle, RelationStrength.values()[i]));
                } else {
                    group.add(Lines.line(left, middle, left + SAMPLE, middle, RelationStrength.MODERATE));
                    group.add(Lines.arrow(left, middle, left + SAMPLE, middle, "sample"));
                }
                group.add(Svg.element("text").attr("x", left + SAMPLE + 12).attr("y", middle + FONT * 0.35)
                        .attr("font-size", FONT).text(labels.get(i)));
            }
            return group;
        }
    }
}
