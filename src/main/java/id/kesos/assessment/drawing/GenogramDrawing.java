package id.kesos.assessment.drawing;

import id.kesos.assessment.ChildLink;
import id.kesos.assessment.ChildKind;
import id.kesos.assessment.Genogram;
import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.GenogramSex;
import id.kesos.assessment.Partnership;
import id.kesos.assessment.PartnershipKind;
import id.kesos.assessment.Twins;
import id.kesos.platform.Svg;
import id.kesos.platform.SvgText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Draws a genogram with the standard symbols: a square for a man, a circle for a woman, a diamond
 * when the sex is unknown, an X over a deceased person, a double outline around the client, the
 * name and the years of birth and death under the symbol, a dashed outline around the client's
 * household. Partners are joined by a line under their labels (crossed by two slashes for a
 * divorce, one for a separation, dashed for living together); children hang from that line in
 * birth order (dashed when adopted, dotted when fostered), twins from one point, identical twins
 * with a bar between them. Every label sits on a white box drawn after the lines, so no line
 * crosses text. Elements carry classes and data attributes naming what they show.
 */
public final class GenogramDrawing {

    static final double SYMBOL = 36;
    private static final double RING = 4;
    private static final double MARGIN = 24;
    private static final double NAME_SIZE = 11;
    private static final double YEAR_SIZE = 10;
    private static final double LABEL_WRAP = 104;
    private static final double LABEL_PAD = 3;
    private static final double DEEPER = 10;
    private static final String INK = "#222";

    private final Genogram genogram;
    private final UnaryOperator<String> caption;
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Double> widths = new HashMap<>();
    private final GenogramLayout layout;
    private final double shift;
    private final double[] top;
    private final double[] lineY;
    private final double[] bar;

    private GenogramDrawing(Genogram genogram, UnaryOperator<String> caption) {
        this.genogram = genogram;
        this.caption = caption;
        for (GenogramPerson person : genogram.persons()) {
            Label label = Label.of(person);
            labels.put(person.key(), label);
            widths.put(person.key(), Math.max(SYMBOL + 2 * RING + 8, label.width()));
        }
        layout = new GenogramLayout(genogram, widths);
        shift = MARGIN - genogram.persons().stream()
                .mapToDouble(p -> layout.x(p.key()) - widths.get(p.key()) / 2).min().orElse(0);
        int rows = layout.rowCount();
        top = new double[rows];
        lineY = new double[rows];
        bar = new double[rows];
        double y = MARGIN + RING;
        for (int r = 0; r < rows; r++) {
            top[r] = y;
            double labelHeight = layout.members(r).stream().mapToDouble(key -> labels.get(key).height()).max().orElse(0);
            lineY[r] = labelTop(r) + labelHeight + 10;
            y = lineY[r] + deepest(r) + 16;
            if (r + 1 < rows) {
                bar[r + 1] = y;
            }
            y += 20;
        }
    }

    /**
     * The genogram as a figure.
     *
     * @param caption the legend's words by key: {@code title}, {@code legend}, {@code male},
     *                {@code female}, {@code unknown}, {@code deceased}, {@code client},
     *                {@code household}, the relations' kinds in lower case ({@code marriage}, ...,
     *                {@code biological}, {@code adopted}, {@code foster}), {@code twins},
     *                {@code identicalTwins}
     */
    public static Svg draw(Genogram genogram, UnaryOperator<String> caption) {
        return new GenogramDrawing(genogram, caption).figure();
    }

    private Svg figure() {
        List<Svg.Element> body = new ArrayList<>();
        household().ifPresent(body::add);
        genogram.partnerships().forEach(p -> body.add(partnership(p)));
        layout.families().forEach(f -> body.add(family(f)));
        genogram.persons().forEach(p -> body.add(person(p)));
        double contentRight = genogram.persons().stream()
                .mapToDouble(p -> x(p.key()) + labels.get(p.key()).width() / 2).max().orElse(0);
        double contentBottom = layout.rowCount() == 0 ? MARGIN : lineY[lineY.length - 1] + deepest(lineY.length - 1);
        double width = Math.max(contentRight + MARGIN, 480);
        GenogramLegend legend = new GenogramLegend(genogram, caption, MARGIN, contentBottom + 20, width - 2 * MARGIN);
        width = Math.max(width, legend.right() + MARGIN);
        Svg svg = new Svg(width, legend.bottom() + MARGIN / 2, caption.apply("title"));
        body.forEach(svg::add);
        svg.add(legend.element());
        return svg;
    }

    private double x(String key) {
        return layout.x(key) + shift;
    }

    private double labelTop(int row) {
        return top[row] + SYMBOL + RING + 3;
    }

    /** How far below its row's line the lowest partnership line runs (partners not side by side). */
    private double deepest(int row) {
        return genogram.partnerships().stream().filter(p -> layout.row(p.a()) == row)
                .mapToDouble(this::depth).max().orElse(0);
    }

    private double depth(Partnership partnership) {
        return DEEPER * (Math.abs(layout.column(partnership.a()) - layout.column(partnership.b())) - 1);
    }

    private double partnershipY(Partnership partnership) {
        return lineY[layout.row(partnership.a())] + depth(partnership);
    }

    /**
     * The household's outline: a box around each run of members standing side by side, joined to
     * the runs of the row above through the gap between the rows (where only lines run) — straight
     * down where they overlap, else along the gap to the nearest run above.
     */
    private Optional<Svg.Element> household() {
        List<Svg.Box> boxes = new ArrayList<>();
        List<Svg.Box> above = List.of();
        for (int r = 0; r < layout.rowCount(); r++) {
            List<Svg.Box> runs = householdRuns(r);
            for (Svg.Box lower : runs) {
                boxes.addAll(joins(above, lower));
            }
            boxes.addAll(runs);
            above = runs;
        }
        if (boxes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Svg.element("path").attr("class", "household").attr("d", Outline.around(boxes))
                .attr("fill", "none").attr("stroke", "#555").attr("stroke-width", 1.2).attr("stroke-dasharray", "7 4")
                .attr("fill-rule", "evenodd"));
    }

    private static List<Svg.Box> joins(List<Svg.Box> above, Svg.Box lower) {
        List<Svg.Box> joins = new ArrayList<>();
        for (Svg.Box upper : above) {
            double left = Math.max(upper.x(), lower.x());
            double right = Math.min(upper.right(), lower.right());
            if (right - left > 2 * SYMBOL / 3) {
                joins.add(new Svg.Box(left, upper.bottom(), right - left, lower.y() - upper.bottom()));
            }
        }
        if (!joins.isEmpty() || above.isEmpty()) {
            return joins;
        }
        Svg.Box nearest = above.stream().min(Comparator.comparingDouble(upper -> Math.max(upper.x() - lower.right(),
                lower.x() - upper.right()))).orElseThrow();
        double corridor = Math.min(14, (lower.y() - nearest.bottom()) / 2);
        double stemLeft = nearest.x() < lower.x() ? nearest.right() - SYMBOL : nearest.x();
        double corridorTop = lower.y() - corridor;
        joins.add(new Svg.Box(stemLeft, nearest.bottom(), SYMBOL, corridorTop - nearest.bottom()));
        double left = Math.min(stemLeft, lower.x());
        double right = Math.max(stemLeft + SYMBOL, lower.right());
        joins.add(new Svg.Box(left, corridorTop, right - left, corridor));
        return joins;
    }

    /** One box around each run of household members standing side by side in the row. */
    private List<Svg.Box> householdRuns(int r) {
        List<Svg.Box> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        List<String> members = new ArrayList<>(layout.members(r));
        members.add(null);
        for (String key : members) {
            if (key != null && genogram.person(key).orElseThrow().household()) {
                run.add(key);
                continue;
            }
            if (!run.isEmpty()) {
                double pad = 7;
                double left = run.stream().mapToDouble(k -> x(k) - halfWidth(k)).min().orElseThrow() - pad;
                double right = run.stream().mapToDouble(k -> x(k) + halfWidth(k)).max().orElseThrow() + pad;
                double bottom = labelTop(r) + run.stream().mapToDouble(k -> labels.get(k).height()).max().orElseThrow() + pad;
                double upper = top[r] - RING - pad;
                runs.add(new Svg.Box(left, upper, right - left, bottom - upper));
                run.clear();
            }
        }
        return runs;
    }

    private double halfWidth(String key) {
        return widths.get(key) / 2;
    }

    private Svg.Element partnership(Partnership partnership) {
        String kind = partnership.kind().name().toLowerCase(Locale.ROOT);
        double xa = x(partnership.a());
        double xb = x(partnership.b());
        double left = Math.min(xa, xb);
        double right = Math.max(xa, xb);
        double bottom = top[layout.row(partnership.a())] + SYMBOL;
        double y = partnershipY(partnership);
        Svg.Element group = Svg.element("g").attr("class", "relation " + kind).attr("data-a", partnership.a())
                .attr("data-b", partnership.b()).attr("data-kind", partnership.kind().name());
        group.add(stroke(Svg.element("path").attr("class", "relation-line")
                .attr("d", "M" + Svg.number(left) + " " + Svg.number(bottom) + " V" + Svg.number(y) + " H"
                        + Svg.number(right) + " V" + Svg.number(bottom))
                .attr("fill", "none"), dashes(partnership.kind())));
        double markX = left + (right - left) * 0.35;
        int slashes = partnership.kind() == PartnershipKind.DIVORCE ? 2 : partnership.kind() == PartnershipKind.SEPARATION ? 1 : 0;
        for (int i = 0; i < slashes; i++) {
            double cx = markX + (slashes == 2 ? (i == 0 ? -4 : 4) : 0);
            group.add(stroke(Svg.element("line").attr("class", "relation-mark").attr("x1", cx - 4).attr("y1", y + 7)
                    .attr("x2", cx + 4).attr("y2", y - 7), null));
        }
        return group;
    }

    static String dashes(PartnershipKind kind) {
        return kind == PartnershipKind.COHABITATION ? "6 4" : null;
    }

    static String dashes(ChildKind kind) {
        return switch (kind) {
            case BIOLOGICAL -> null;
            case ADOPTED -> "6 4";
            case FOSTER -> "1.5 3";
        };
    }

    static Svg.Element stroke(Svg.Element element, String dashes) {
        return element.attr("stroke", INK).attr("stroke-width", 1.5).attr("stroke-dasharray", dashes);
    }

    private Svg.Element family(Family family) {
        double middle = layout.middle(family) + shift;
        double start = family.partnership() < 0 ? top[layout.row(family.a())] + SYMBOL
                : partnershipY(genogram.partnerships().get(family.partnership()));
        Svg.Element group = Svg.element("g").attr("class", "family").attr("data-parents",
                family.b() == null ? family.a() : family.a() + " " + family.b());
        Map<Integer, List<String>> byRow = new LinkedHashMap<>();
        family.children().forEach(child -> byRow.computeIfAbsent(layout.row(child), r -> new ArrayList<>()).add(child));
        double lowest = byRow.keySet().stream().mapToDouble(r -> bar[r]).max().orElseThrow();
        group.add(stroke(line("descent", middle, start, middle, lowest), null));
        Map<String, List<String>> twinSets = twinSets(family);
        byRow.forEach((row, children) -> {
            double left = Math.min(middle, children.stream().mapToDouble(this::x).min().orElseThrow());
            double right = Math.max(middle, children.stream().mapToDouble(this::x).max().orElseThrow());
            group.add(stroke(line("sibship", left, bar[row], right, bar[row]), null));
            for (String child : children) {
                List<String> set = twinSets.get(child);
                double drop = set == null ? x(child) : set.stream().mapToDouble(this::x).average().orElseThrow();
                ChildKind kind = genogram.parentsOf(child).map(ChildLink::kind).orElseThrow();
                group.add(stroke(line("child-line " + kind.name().toLowerCase(Locale.ROOT), drop, bar[row], x(child), top[row])
                        .attr("data-child", child).attr("data-kind", kind.name()), dashes(kind)));
            }
        });
        twinSets.values().stream().distinct().filter(this::identical).forEach(set -> {
            int row = layout.row(set.get(0));
            double drop = set.stream().mapToDouble(this::x).average().orElseThrow();
            double y = (bar[row] + top[row]) / 2;
            double left = set.stream().mapToDouble(this::x).min().orElseThrow();
            double right = set.stream().mapToDouble(this::x).max().orElseThrow();
            group.add(stroke(line("identical-bar", (drop + left) / 2, y, (drop + right) / 2, y), null));
        });
        return group;
    }

    /** The family's twins (and triplets): each such child mapped to its whole set, in birth order. */
    private Map<String, List<String>> twinSets(Family family) {
        Map<String, List<String>> sets = new HashMap<>();
        for (Twins pair : genogram.twins()) {
            if (!family.children().contains(pair.a())) {
                continue;
            }
            List<String> set = new ArrayList<>(sets.getOrDefault(pair.a(), List.of(pair.a())));
            sets.getOrDefault(pair.b(), List.of(pair.b())).stream().filter(k -> !set.contains(k)).forEach(set::add);
            set.sort(Comparator.comparingInt(family.children()::indexOf));
            set.forEach(member -> sets.put(member, set));
        }
        return sets;
    }

    private boolean identical(List<String> set) {
        return genogram.twins().stream().anyMatch(pair -> pair.identical() && set.contains(pair.a()));
    }

    private static Svg.Element line(String cssClass, double x1, double y1, double x2, double y2) {
        return Svg.element("line").attr("class", cssClass).attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2);
    }

    private Svg.Element person(GenogramPerson person) {
        double cx = x(person.key());
        int row = layout.row(person.key());
        double y = top[row];
        Svg.Element group = Svg.element("g").attr("class", "person").attr("data-person", person.key())
                .attr("data-sex", person.sex().name()).attr("data-deceased", person.deceased())
                .attr("data-client", person.client()).attr("data-household", person.household())
                .attr("data-generation", row).attr("data-birth", person.birthYear());
        group.add(symbol(person.sex(), cx, y, SYMBOL).attr("class", "symbol").attr("fill", "#fff")
                .attr("stroke", INK).attr("stroke-width", person.client() ? 2 : 1.5));
        if (person.client()) {
            group.add(symbol(person.sex(), cx, y - RING, SYMBOL + 2 * RING).attr("class", "client-mark")
                    .attr("fill", "none").attr("stroke", INK).attr("stroke-width", 2));
        }
        if (person.deceased()) {
            double reach = SYMBOL / 2 + 3;
            double middle = y + SYMBOL / 2;
            group.add(stroke(line("deceased-mark", cx - reach, middle - reach, cx + reach, middle + reach), null));
            group.add(stroke(line("deceased-mark", cx - reach, middle + reach, cx + reach, middle - reach), null));
        }
        Label label = labels.get(person.key());
        if (!label.lines().isEmpty()) {
            label.draw(group, cx, labelTop(row));
        }
        return group;
    }

    /** A symbol whose bounding square has the given side, centred on x, its top at y. */
    static Svg.Element symbol(GenogramSex sex, double x, double y, double side) {
        return switch (sex) {
            case L -> Svg.element("rect").attr("x", x - side / 2).attr("y", y).attr("width", side).attr("height", side);
            case P -> Svg.element("circle").attr("cx", x).attr("cy", y + side / 2).attr("r", side / 2);
            case UNKNOWN -> Svg.element("polygon").attr("points", Svg.number(x) + "," + Svg.number(y) + " "
                    + Svg.number(x + side / 2) + "," + Svg.number(y + side / 2) + " " + Svg.number(x) + ","
                    + Svg.number(y + side) + " " + Svg.number(x - side / 2) + "," + Svg.number(y + side / 2));
        };
    }

    /** The words under a symbol: the name wrapped, then the years; measured in the papers' font. */
    private record Label(List<Line> lines, double width, double height) {

        record Line(String text, double size, String cssClass) {}

        static Label of(GenogramPerson person) {
            List<Line> lines = new ArrayList<>();
            if (!person.name().isEmpty()) {
                SvgText.wrap(person.name(), NAME_SIZE, LABEL_WRAP).forEach(text -> lines.add(new Line(text, NAME_SIZE, "label name")));
            }
            String years = years(person);
            if (years != null) {
                lines.add(new Line(years, YEAR_SIZE, "label years"));
            }
            double width = lines.stream().mapToDouble(l -> SvgText.width(l.text(), l.size(), false)).max().orElse(0);
            double height = lines.stream().mapToDouble(l -> SvgText.lineHeight(l.size())).sum();
            return lines.isEmpty() ? new Label(lines, 0, 0) : new Label(lines, width + 2 * LABEL_PAD, height + 2 * LABEL_PAD);
        }

        private static String years(GenogramPerson person) {
            String born = person.birthYear() == null ? "?" : person.birthYear().toString();
            if (person.deathYear() != null) {
                return born + "–" + person.deathYear();
            }
            if (person.deceased()) {
                return person.birthYear() == null ? null : born + "–?";
            }
            return person.birthYear() == null ? null : born;
        }

        void draw(Svg.Element group, double cx, double y) {
            group.add(Svg.element("rect").attr("class", "label-box").attr("x", cx - width / 2).attr("y", y)
                    .attr("width", width).attr("height", height).attr("fill", "#fff"));
            double baseline = y + LABEL_PAD;
            for (Line line : lines) {
                baseline += SvgText.lineHeight(line.size());
                group.add(Svg.element("text").attr("class", line.cssClass()).attr("x", cx)
                        .attr("y", baseline - line.size() * 0.3).attr("font-size", line.size())
                        .attr("text-anchor", "middle").attr("fill", INK).text(line.text()));
            }
        }
    }
}
