package id.kesos.assessment.drawing;

import id.kesos.assessment.RelationStrength;
import id.kesos.platform.Svg;
import id.kesos.platform.Svg.Element;
import java.util.Locale;

/** The ecomap's line styles and arrow heads, shared by the relations and the legend. */
final class Lines {

    private static final String INK = "#111111";
    private static final double ZIGZAG_STEP = 6;
    private static final double ZIGZAG_AMPLITUDE = 4;
    private static final double BREAK = 14;
    private static final double ARROW = 10;

    private Lines() {}

    static String className(RelationStrength strength) {
        return strength.name().toLowerCase(Locale.ROOT);
    }

    /** A line from one point to another in the relation's style. */
    static Element line(double x1, double y1, double x2, double y2, RelationStrength strength) {
        return switch (strength) {
            case STRONG -> straight(x1, y1, x2, y2).attr("stroke-width", 5.0);
            case MODERATE -> straight(x1, y1, x2, y2).attr("stroke-width", 1.8);
            case WEAK -> straight(x1, y1, x2, y2).attr("stroke-width", 1.8).attr("stroke-dasharray", "8 6");
            case STRESSFUL -> zigzag(x1, y1, x2, y2);
            case BROKEN -> broken(x1, y1, x2, y2);
        };
    }

    /** An arrow head at (toX, toY), pointing away from (fromX, fromY). */
    static Element arrow(double fromX, double fromY, double toX, double toY, String toward) {
        double length = Math.hypot(toX - fromX, toY - fromY);
        double ux = (toX - fromX) / length;
        double uy = (toY - fromY) / length;
        double baseX = toX - ux * ARROW;
        double baseY = toY - uy * ARROW;
        String points = Svg.number(toX) + "," + Svg.number(toY) + " "
                + Svg.number(baseX - uy * ARROW / 2) + "," + Svg.number(baseY + ux * ARROW / 2) + " "
                + Svg.number(baseX + uy * ARROW / 2) + "," + Svg.number(baseY - ux * ARROW / 2);
        return Svg.element("polygon").attr("class", "arrow").attr("data-toward", toward).attr("points", points)
                .attr("fill", INK);
    }

    private static Element straight(double x1, double y1, double x2, double y2) {
        return Svg.element("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).attr("stroke", INK);
    }

    /** A zig-zag along the line, leaving a short straight end on both sides for the arrows. */
    private static Element zigzag(double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        StringBuilder points = new StringBuilder(point(x1, y1));
        int steps = (int) Math.floor((length - 2 * ZIGZAG_STEP) / ZIGZAG_STEP);
        for (int i = 1; i <= steps; i++) {
            double along = ZIGZAG_STEP * i;
            double side = (i % 2 == 0 ? -1 : 1) * ZIGZAG_AMPLITUDE;
            points.append(' ').append(point(x1 + ux * along - uy * side, y1 + uy * along + ux * side));
        }
        points.append(' ').append(point(x2, y2));
        return Svg.element("polyline").attr("points", points.toString()).attr("fill", "none").attr("stroke", "#9b1c1c")
                .attr("stroke-width", 1.8);
    }

    /** The line with a gap in the middle, closed by two bars across it. */
    private static Element broken(double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        double ux = (x2 - x1) / length;
        double uy = (y2 - y1) / length;
        double middle = length / 2;
        Element group = Svg.element("g");
        double gapStart = middle - BREAK / 2;
        double gapEnd = middle + BREAK / 2;
        group.add(straight(x1, y1, x1 + ux * gapStart, y1 + uy * gapStart).attr("stroke-width", 1.8));
        group.add(straight(x1 + ux * gapEnd, y1 + uy * gapEnd, x2, y2).attr("stroke-width", 1.8));
        for (double at : new double[] {gapStart, gapEnd}) {
            double cx = x1 + ux * at;
            double cy = y1 + uy * at;
            group.add(straight(cx - uy * 7, cy + ux * 7, cx + uy * 7, cy - ux * 7).attr("stroke-width", 1.8));
        }
        return group;
    }

    private static String point(double x, double y) {
        return Svg.number(x) + "," + Svg.number(y);
    }
}
