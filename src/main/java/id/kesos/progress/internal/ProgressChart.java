package id.kesos.progress.internal;

import id.kesos.platform.Svg;
import id.kesos.platform.SvgText;
import id.kesos.progress.IndicatorOutcome;
import id.kesos.progress.Measurement;
import id.kesos.progress.Phase;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's measurements over time as a line chart: dates across, the score or count up, one
 * marked point per measurement (its shape and colour tell the phase), the target as a dashed line,
 * the phases parted by dotted lines and a legend below. A point's value is written beside it where
 * it overlaps no other label, point or the target's label; where none of four places is free it is
 * left out, and the value stays in the point's tooltip and in the table beside the chart.
 */
public final class ProgressChart {

    /** The chart's words, in the reader's language. */
    public record Labels(String title, String valueAxis, String baseline, String during, String post, String target) {

        String of(Phase phase) {
            return switch (phase) {
                case BASELINE -> baseline;
                case DURING -> during;
                case POST -> post;
            };
        }
    }

    /** A value written beside its point. */
    public record PlacedLabel(long measurementId, String text, Svg.Box box) {}

    /** The figure and where its labels went, for tests to check they stay apart. */
    public record Drawing(Svg svg, List<PlacedLabel> labels) {}

    static final double WIDTH = 640;
    private static final double LEFT = 56;
    private static final double RIGHT = 24;
    private static final double TOP = 28;
    private static final double PLOT_HEIGHT = 200;
    private static final double FONT = 11;
    private static final double LABEL_FONT = 10;
    private static final double MARKER = 4.5;
    private static final int[] DAY_STEPS = {1, 2, 7, 14, 30, 61, 91, 182, 365, 730};
    private static final String TARGET_COLOUR = "#b03a2e";
    private static final String AXIS_COLOUR = "#444";

    private final IndicatorOutcome outcome;
    private final Labels labels;
    private final NumberFormat numbers;
    private final DateTimeFormatter dates;
    private final double right = WIDTH - RIGHT;
    private final double bottom = TOP + PLOT_HEIGHT;
    private final List<Svg.Box> taken = new ArrayList<>();
    private double low;
    private double high;
    private double firstDay;
    private double lastDay;

    private ProgressChart(IndicatorOutcome outcome, Labels labels, Locale locale) {
        this.outcome = outcome;
        this.labels = labels;
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.numbers.setMaximumFractionDigits(2);
        this.dates = DateTimeFormatter.ofPattern("d MMM yy", locale);
    }

    /** Draws the indicator's measurements, of which there is at least one. */
    public static Drawing draw(IndicatorOutcome outcome, Labels labels, Locale locale) {
        if (outcome.measurements().isEmpty()) {
            throw new IllegalArgumentException("a chart needs a measurement");
        }
        return new ProgressChart(outcome, labels, locale).drawing();
    }

    private Drawing drawing() {
        List<Measurement> points = outcome.measurements();
        valueRange(points);
        dateRange(points);
        List<Svg.Element> body = new ArrayList<>();
        body.addAll(valueAxis());
        body.addAll(dateAxis());
        body.addAll(phaseBreaks(points));
        body.add(line(points));
        points.forEach(m -> taken.add(markerBox(m)));
        body.addAll(target());
        List<Svg.Element> markers = new ArrayList<>();
        List<PlacedLabel> placed = new ArrayList<>();
        for (Measurement m : points) {
            markers.add(marker(m.phase(), x(m), y(m.value()))
                    .attr("data-measurement", m.id()).attr("data-phase", m.phase().name())
                    .attr("data-date", m.measuredOn().toString()).attr("data-value", numbers.format(m.value()))
                    .add(Svg.element("title").text(labels.of(m.phase()) + ", " + dates.format(m.measuredOn()) + ": "
                            + numbers.format(m.value()))));
            PlacedLabel label = place(m);
            if (label != null) {
                placed.add(label);
                markers.add(Svg.element("text").attr("x", label.box().x()).attr("y", label.box().bottom() - 3)
                        .attr("font-size", LABEL_FONT).attr("fill", "#000").attr("data-label-for", m.id())
                        .text(label.text()));
            }
        }
        body.addAll(markers);
        List<Svg.Element> legend = new ArrayList<>();
        double height = legend(legend);
        Svg svg = new Svg(WIDTH, height, labels.title());
        body.forEach(svg::add);
        legend.forEach(svg::add);
        return new Drawing(svg, placed);
    }

    private void valueRange(List<Measurement> points) {
        double max = points.stream().mapToDouble(Measurement::value).max().orElse(0);
        double min = points.stream().mapToDouble(Measurement::value).min().orElse(0);
        if (outcome.targetLevel() != null) {
            max = Math.max(max, outcome.targetLevel());
            min = Math.min(min, outcome.targetLevel());
        }
        if (outcome.scale() != null) {
            low = Math.min(outcome.scale().min(), min);
            high = Math.max(outcome.scale().max(), max);
        } else {
            low = Math.min(0, min);
            high = niceCeiling(Math.max(max * 1.1, low + 1));
        }
        if (high <= low) {
            high = low + 1;
        }
    }

    private void dateRange(List<Measurement> points) {
        double first = points.get(0).measuredOn().toEpochDay();
        double last = points.get(points.size() - 1).measuredOn().toEpochDay();
        double pad = Math.max(1, (last - first) * 0.04);
        firstDay = first - pad;
        lastDay = last + pad;
    }

    private List<Svg.Element> valueAxis() {
        List<Svg.Element> out = new ArrayList<>();
        double step = niceStep((high - low) / 5);
        for (double v = Math.ceil(low / step) * step; v <= high + 1e-9; v += step) {
            double y = y(v);
            out.add(Svg.element("line").attr("x1", LEFT).attr("x2", right).attr("y1", y).attr("y2", y)
                    .attr("stroke", "#ddd").attr("stroke-width", 1.0));
            String text = numbers.format(v);
            out.add(Svg.element("text").attr("x", LEFT - 6).attr("y", y + 4).attr("font-size", FONT)
                    .attr("text-anchor", "end").attr("fill", AXIS_COLOUR).attr("data-tick", "value").text(text));
        }
        out.add(Svg.element("line").attr("x1", LEFT).attr("x2", LEFT).attr("y1", TOP).attr("y2", bottom)
                .attr("stroke", AXIS_COLOUR).attr("stroke-width", 1.0));
        out.add(Svg.element("text").attr("x", LEFT).attr("y", TOP - 12).attr("font-size", FONT)
                .attr("fill", AXIS_COLOUR).text(labels.valueAxis()));
        return out;
    }

    private List<Svg.Element> dateAxis() {
        List<Svg.Element> out = new ArrayList<>();
        out.add(Svg.element("line").attr("x1", LEFT).attr("x2", right).attr("y1", bottom).attr("y2", bottom)
                .attr("stroke", AXIS_COLOUR).attr("stroke-width", 1.0));
        LocalDate first = outcome.measurements().get(0).measuredOn();
        double span = lastDay - firstDay;
        int step = DAY_STEPS[DAY_STEPS.length - 1];
        for (int candidate : DAY_STEPS) {
            if (span / candidate <= 6) {
                step = candidate;
                break;
            }
        }
        for (LocalDate tick = first; tick.toEpochDay() <= lastDay; tick = tick.plusDays(step)) {
            double x = x(tick);
            out.add(Svg.element("line").attr("x1", x).attr("x2", x).attr("y1", bottom).attr("y2", bottom + 4)
                    .attr("stroke", AXIS_COLOUR).attr("stroke-width", 1.0));
            out.add(Svg.element("text").attr("x", x).attr("y", bottom + 17).attr("font-size", FONT)
                    .attr("text-anchor", "middle").attr("fill", AXIS_COLOUR).attr("data-tick", "date")
                    .text(dates.format(tick)));
        }
        return out;
    }

    /** A dotted line where one phase gives way to the next, midway between their measurements. */
    private List<Svg.Element> phaseBreaks(List<Measurement> points) {
        List<Svg.Element> out = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            Measurement before = points.get(i - 1);
            Measurement after = points.get(i);
            if (before.phase() != after.phase()) {
                double x = (x(before) + x(after)) / 2;
                out.add(Svg.element("line").attr("x1", x).attr("x2", x).attr("y1", TOP).attr("y2", bottom)
                        .attr("stroke", "#888").attr("stroke-width", 1.0).attr("stroke-dasharray", "2 3")
                        .attr("data-role", "phase-break"));
            }
        }
        return out;
    }

    private Svg.Element line(List<Measurement> points) {
        StringBuilder coordinates = new StringBuilder();
        for (Measurement m : points) {
            coordinates.append(Svg.number(x(m))).append(',').append(Svg.number(y(m.value()))).append(' ');
        }
        return Svg.element("polyline").attr("points", coordinates.toString().strip()).attr("fill", "none")
                .attr("stroke", "#555").attr("stroke-width", 1.5).attr("data-role", "series");
    }

    private List<Svg.Element> target() {
        if (outcome.targetLevel() == null) {
            return List.of();
        }
        double y = y(outcome.targetLevel());
        String text = labels.target() + " " + numbers.format(outcome.targetLevel());
        double width = SvgText.width(text, LABEL_FONT, false);
        double height = SvgText.lineHeight(LABEL_FONT);
        Svg.Box box = new Svg.Box(right - width - 2, y - height - 1, width, height);
        if (taken.stream().anyMatch(box::overlaps)) {
            box = new Svg.Box(box.x(), y + 2, width, height);
        }
        taken.add(box);
        return List.of(
                Svg.element("line").attr("x1", LEFT).attr("x2", right).attr("y1", y).attr("y2", y)
                        .attr("stroke", TARGET_COLOUR).attr("stroke-width", 1.5).attr("stroke-dasharray", "6 4")
                        .attr("data-role", "target"),
                Svg.element("text").attr("x", box.x()).attr("y", box.bottom() - 3).attr("font-size", LABEL_FONT)
                        .attr("fill", TARGET_COLOUR).attr("data-role", "target-label").text(text));
    }

    /** The first free place of four around the point: above, below, right, left; null when none is. */
    private PlacedLabel place(Measurement m) {
        String text = numbers.format(m.value());
        double width = SvgText.width(text, LABEL_FONT, false);
        double height = SvgText.lineHeight(LABEL_FONT);
        double x = x(m);
        double y = y(m.value());
        double gap = MARKER + 2;
        List<Svg.Box> candidates = List.of(
                new Svg.Box(x - width / 2, y - gap - height, width, height),
                new Svg.Box(x - width / 2, y + gap, width, height),
                new Svg.Box(x + gap, y - height / 2, width, height),
                new Svg.Box(x - gap - width, y - height / 2, width, height));
        for (Svg.Box box : candidates) {
            boolean inside = box.x() >= LEFT && box.right() <= WIDTH && box.y() >= TOP - 6 && box.bottom() <= bottom;
            if (inside && taken.stream().noneMatch(box::overlaps)) {
                taken.add(box);
                return new PlacedLabel(m.id(), text, box);
            }
        }
        return null;
    }

    /** The legend in rows below the dates; answers the figure's height. */
    private double legend(List<Svg.Element> out) {
        double x = LEFT;
        double y = bottom + 40;
        List<String> texts = new ArrayList<>(List.of(labels.baseline(), labels.during(), labels.post()));
        if (outcome.targetLevel() != null) {
            texts.add(labels.target());
        }
        for (int i = 0; i < texts.size(); i++) {
            double itemWidth = 24 + SvgText.width(texts.get(i), FONT, false) + 18;
            if (x + itemWidth > WIDTH && x > LEFT) {
                x = LEFT;
                y += 20;
            }
            if (i < 3) {
                out.add(marker(Phase.values()[i], x + 9, y - 4).attr("data-legend", Phase.values()[i].name()));
            } else {
                out.add(Svg.element("line").attr("x1", x).attr("x2", x + 18).attr("y1", y - 4).attr("y2", y - 4)
                        .attr("stroke", TARGET_COLOUR).attr("stroke-width", 1.5).attr("stroke-dasharray", "6 4")
                        .attr("data-legend", "TARGET"));
            }
            out.add(Svg.element("text").attr("x", x + 24).attr("y", y).attr("font-size", FONT).attr("fill", "#000")
                    .text(texts.get(i)));
            x += itemWidth;
        }
        return y + 12;
    }

    private static Svg.Element marker(Phase phase, double x, double y) {
        return switch (phase) {
            case BASELINE -> Svg.element("circle").attr("cx", x).attr("cy", y).attr("r", MARKER)
                    .attr("fill", "#1f5fa8");
            case DURING -> Svg.element("rect").attr("x", x - MARKER).attr("y", y - MARKER)
                    .attr("width", MARKER * 2).attr("height", MARKER * 2).attr("fill", "#d9822b");
            case POST -> Svg.element("path").attr("d", "M" + Svg.number(x) + " " + Svg.number(y - MARKER - 1)
                    + " L" + Svg.number(x + MARKER + 1) + " " + Svg.number(y) + " L" + Svg.number(x) + " "
                    + Svg.number(y + MARKER + 1) + " L" + Svg.number(x - MARKER - 1) + " " + Svg.number(y) + " Z")
                    .attr("fill", "#2e7d32");
        };
    }

    private Svg.Box markerBox(Measurement m) {
        double r = MARKER + 1;
        return new Svg.Box(x(m) - r, y(m.value()) - r, 2 * r, 2 * r);
    }

    private double x(Measurement m) {
        return x(m.measuredOn());
    }

    private double x(LocalDate date) {
        return LEFT + (date.toEpochDay() - firstDay) / (lastDay - firstDay) * (right - LEFT);
    }

    private double y(double value) {
        return bottom - (value - low) / (high - low) * PLOT_HEIGHT;
    }

    /** A step of 1, 2 or 5 times a power of ten near the rough step. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static double niceCeiling(double value) {
        double step = niceStep(value / 5);
        return Math.ceil(value / step) * step;
    }
}
