package id.kesos.assessment.drawing;

import id.kesos.assessment.ChildLink;
import id.kesos.assessment.Genogram;
import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.GenogramSex;
import id.kesos.assessment.Partnership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Where each person of a genogram stands: generations in rows, partners side by side in blocks,
 * siblings in birth order, children under their parents and parents over their children. Rows are
 * swept down and up a few times. Sweeping down orders a row's blocks by where their parents are,
 * never against a sibship's birth order; sweeping up keeps that order. Each sweep then places the
 * row's persons as near as the row's minimum gaps allow to where they want to stand (a least
 * squares fit under order constraints, solved exactly by pooling adjacent violators), so partners
 * may stand further apart to stand over their own children.
 */
final class GenogramLayout {

    static final double PERSON_GAP = 22;
    static final double BLOCK_GAP = 40;
    private static final int ROUNDS = 8;
    /** The weight of a block's wish to stay where it is, when no relative tells it where to go. */
    private static final double STAY = 0.001;
    /**
     * The weight of a wish that only follows: a partner's to stand by the others, a block's to
     * follow its relatives in the direction the sweep does not look (yielding to those that do).
     */
    private static final double FOLLOW = 0.3;

    private final Genogram genogram;
    private final Map<String, Integer> generation;
    private final Map<String, Integer> listed = new HashMap<>();
    private final Map<String, Double> halfWidths = new HashMap<>();
    private final List<Family> families = new ArrayList<>();
    private final Map<String, Family> familyOf = new HashMap<>();
    private final Map<String, List<Family>> familiesOf = new HashMap<>();
    private final List<List<Block>> rows = new ArrayList<>();
    private final Map<String, Block> blockOf = new HashMap<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<String, Double> xs = new HashMap<>();

    /** @param widths each person's width in the row: the wider of symbol and label */
    GenogramLayout(Genogram genogram, Map<String, Double> widths) {
        this.genogram = genogram;
        this.generation = genogram.generations();
        genogram.persons().forEach(person -> {
            listed.put(person.key(), listed.size());
            halfWidths.put(person.key(), widths.get(person.key()) / 2);
        });
        collectFamilies();
        buildBlocks();
        for (int r = 0; r < rows.size(); r++) {
            initialPlace(r);
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int r = 0; r < rows.size(); r++) {
                sweep(r, true);
            }
            for (int r = rows.size() - 1; r >= 0; r--) {
                sweep(r, false);
            }
        }
        for (List<Block> row : rows) {
            int column = 0;
            for (Block block : row) {
                for (String member : block.members) {
                    columns.put(member, column++);
                }
            }
        }
    }

    int rowCount() {
        return rows.size();
    }

    int row(String key) {
        return generation.get(key);
    }

    /** The person's place in their row, counted from the left. */
    int column(String key) {
        return columns.get(key);
    }

    double x(String key) {
        return xs.get(key);
    }

    List<Family> families() {
        return families;
    }

    List<String> members(int row) {
        return rows.get(row).stream().flatMap(block -> block.members.stream()).toList();
    }

    private void collectFamilies() {
        Map<String, List<ChildLink>> byParents = new LinkedHashMap<>();
        for (ChildLink link : genogram.children()) {
            String parents = link.otherParent() == null ? link.parent()
                    : List.of(link.parent(), link.otherParent()).stream().sorted().toList().toString();
            byParents.computeIfAbsent(parents, k -> new ArrayList<>()).add(link);
        }
        Comparator<String> birthOrder = Comparator
                .comparing((String key) -> genogram.person(key).orElseThrow().birthYear(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(listed::get);
        for (List<ChildLink> links : byParents.values()) {
            ChildLink first = links.get(0);
            int partnership = first.otherParent() == null ? -1 : partnershipIndex(first.parent(), first.otherParent());
            List<String> children = links.stream().map(ChildLink::child).sorted(birthOrder).toList();
            Family family = new Family(first.parent(), first.otherParent(), partnership, children);
            families.add(family);
            children.forEach(child -> familyOf.put(child, family));
            familiesOf.computeIfAbsent(family.a(), k -> new ArrayList<>()).add(family);
            if (family.b() != null) {
                familiesOf.computeIfAbsent(family.b(), k -> new ArrayList<>()).add(family);
            }
        }
    }

    private int partnershipIndex(String one, String other) {
        List<Partnership> partnerships = genogram.partnerships();
        for (int i = 0; i < partnerships.size(); i++) {
            if (partnerships.get(i).joins(one, other)) {
                return i;
            }
        }
        throw new IllegalStateException("parents without a partnership");
    }

    private void buildBlocks() {
        int rowCount = generation.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (int r = 0; r < rowCount; r++) {
            rows.add(new ArrayList<>());
        }
        Set<String> placed = new HashSet<>();
        for (GenogramPerson person : genogram.persons()) {
            if (placed.contains(person.key())) {
                continue;
            }
            Block block = new Block(arrange(person.key(), placed), halfWidths, PERSON_GAP);
            block.members.forEach(member -> blockOf.put(member, block));
            rows.get(generation.get(person.key())).add(block);
        }
    }

    /**
     * The person's partners around them, each partnership between neighbours wherever the
     * partners allow it: a couple with the man on the left, a remarried person with the first
     * partner on the left and later ones on the right, a partner's own other partners further out.
     */
    private List<String> arrange(String start, Set<String> placed) {
        String root = component(start).stream()
                .min(Comparator.comparingInt((String key) -> -partnersOf(key).size()).thenComparing(listed::get))
                .orElseThrow();
        placed.add(root);
        List<String> partners = partnersOf(root);
        partners.forEach(placed::add);
        List<String> order = new ArrayList<>();
        int firstOnRight = 0;
        if (partners.size() > 1 || partners.size() == 1 && sex(root) == GenogramSex.P) {
            order.addAll(outward(partners.get(0), true, placed));
            firstOnRight = 1;
        }
        order.add(root);
        for (int i = firstOnRight; i < partners.size(); i++) {
            order.addAll(outward(partners.get(i), false, placed));
        }
        return order;
    }

    private List<String> outward(String person, boolean toLeft, Set<String> placed) {
        List<String> others = partnersOf(person).stream().filter(other -> !placed.contains(other)).toList();
        others.forEach(placed::add);
        List<String> order = new ArrayList<>();
        if (!toLeft) {
            order.add(person);
        }
        for (String other : others) {
            List<String> branch = outward(other, toLeft, placed);
            order.addAll(toLeft ? 0 : order.size(), branch);
        }
        if (toLeft) {
            order.add(person);
        }
        return order;
    }

    private Set<String> component(String start) {
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        List<String> queue = new ArrayList<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String partner : partnersOf(queue.remove(0))) {
                if (seen.add(partner)) {
                    queue.add(partner);
                }
            }
        }
        return seen;
    }

    /** The person's partners in the order of the partnerships. */
    private List<String> partnersOf(String key) {
        return genogram.partnerships().stream().filter(p -> p.joins(key)).map(p -> p.partnerOf(key)).toList();
    }

    private GenogramSex sex(String key) {
        return genogram.person(key).orElseThrow().sex();
    }

    private void initialPlace(int r) {
        List<Block> row = rows.get(r);
        Map<Block, Target> targets = new HashMap<>();
        for (Block block : row) {
            double first = block.members.stream().mapToInt(listed::get).min().orElseThrow();
            targets.put(block, new Target(first, Map.of()));
        }
        List<Block> ordered = order(r, row, targets);
        rows.set(r, ordered);
        double[] shifts = shifts(ordered);
        List<String> persons = members(r);
        for (int i = 0; i < persons.size(); i++) {
            xs.put(persons.get(i), shifts[i]);
        }
    }

    private void sweep(int r, boolean down) {
        List<Block> row = rows.get(r);
        if (down) {
            row.forEach(this::orient);
        }
        Map<Block, Target> targets = new HashMap<>();
        row.forEach(block -> targets.put(block, target(block, down)));
        List<Block> ordered = order(r, row, targets);
        rows.set(r, ordered);
        place(r, targets);
    }

    /** Turns a block around when its members' parents stand the other way round above it. */
    private void orient(Block block) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < block.members.size(); i++) {
            Family family = familyOf.get(block.members.get(i));
            if (family != null) {
                points.add(new double[] {i, middle(family)});
            }
        }
        if (points.size() < 2) {
            return;
        }
        double meanIndex = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double meanX = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double covariance = points.stream().mapToDouble(p -> (p[0] - meanIndex) * (p[1] - meanX)).sum();
        if (covariance < 0) {
            block.reverse();
        }
    }

    /**
     * Where each member of the block wants to stand: a child under its parents' line of descent
     * when sweeping down, a parent over its children when sweeping up (a block without either
     * falling back on the other), and the other members next to them as the block's offsets say.
     * A block with nobody to follow stays where it is, with a weight too small to push anyone.
     */
    private Target target(Block block, boolean down) {
        Map<String, Double> own = wishes(block, down);
        double strength = 1;
        if (own.isEmpty()) {
            own = wishes(block, !down);
            strength = FOLLOW;
        }
        Map<String, Wish> wishes = new HashMap<>();
        if (own.isEmpty()) {
            block.members.forEach(member -> wishes.put(member, new Wish(xs.get(member), STAY)));
            return new Target(block.members.stream().mapToDouble(xs::get).average().orElseThrow(), wishes);
        }
        double anchor = own.entrySet().stream().mapToDouble(e -> e.getValue() - block.offset(e.getKey()))
                .average().orElseThrow();
        for (String member : block.members) {
            Double wish = own.get(member);
            wishes.put(member, new Wish(wish != null ? wish : anchor + block.offset(member), wish != null ? strength : FOLLOW * strength));
        }
        // Sweeping up moves blocks but leaves their order to their parents, so that a sibship stays together.
        boolean ordered = !down && block.members.stream().anyMatch(familyOf::containsKey);
        double key = ordered ? block.members.stream().mapToDouble(xs::get).average().orElseThrow() : anchor + block.span() / 2;
        return new Target(key, wishes);
    }

    private Map<String, Double> wishes(Block block, boolean fromParents) {
        Map<String, Double> wishes = new LinkedHashMap<>();
        for (String member : block.members) {
            Double wish = fromParents ? underParents(member) : overChildren(member, block);
            if (wish != null) {
                wishes.put(member, wish);
            }
        }
        return wishes;
    }

    private Double underParents(String member) {
        Family family = familyOf.get(member);
        return family == null ? null : middle(family);
    }

    private Double overChildren(String member, Block block) {
        List<Family> own = familiesOf.getOrDefault(member, List.of());
        if (own.isEmpty()) {
            return null;
        }
        double wish = 0;
        for (Family family : own) {
            double left = family.children().stream().mapToDouble(this::x).min().orElseThrow();
            double right = family.children().stream().mapToDouble(this::x).max().orElseThrow();
            double middleOffset = family.b() == null ? block.offset(family.a())
                    : (block.offset(family.a()) + block.offset(family.b())) / 2;
            wish += (left + right) / 2 + block.offset(member) - middleOffset;
        }
        return wish / own.size();
    }

    /** Where a family's line of descent drops: between the partners, or under a single parent. */
    double middle(Family family) {
        return family.b() == null ? x(family.a()) : (x(family.a()) + x(family.b())) / 2;
    }

    /**
     * The row's blocks by their keys, except that a sibship's elder child always comes before a
     * younger one; if marriages between two sibships make that impossible, the key decides.
     */
    private List<Block> order(int r, List<Block> row, Map<Block, Target> targets) {
        Map<Block, Set<Block>> after = new HashMap<>();
        Map<Block, Integer> before = new HashMap<>();
        row.forEach(block -> after.put(block, new LinkedHashSet<>()));
        for (Family family : families) {
            List<String> siblings = family.children().stream().filter(child -> generation.get(child) == r).toList();
            for (int i = 1; i < siblings.size(); i++) {
                Block elder = blockOf.get(siblings.get(i - 1));
                Block younger = blockOf.get(siblings.get(i));
                if (elder != younger && after.get(elder).add(younger)) {
                    before.merge(younger, 1, Integer::sum);
                }
            }
        }
        Comparator<Block> byKey = Comparator.comparingDouble((Block block) -> targets.get(block).key())
                .thenComparingInt(row::indexOf);
        PriorityQueue<Block> ready = new PriorityQueue<>(byKey);
        row.stream().filter(block -> !before.containsKey(block)).forEach(ready::add);
        List<Block> ordered = new ArrayList<>();
        Set<Block> done = new HashSet<>();
        while (ordered.size() < row.size()) {
            Block next = ready.isEmpty()
                    ? row.stream().filter(block -> !done.contains(block)).min(byKey).orElseThrow()
                    : ready.poll();
            if (!done.add(next)) {
                continue;
            }
            ordered.add(next);
            for (Block younger : after.get(next)) {
                if (before.merge(younger, -1, Integer::sum) == 0 && !done.contains(younger)) {
                    ready.add(younger);
                }
            }
        }
        return ordered;
    }

    /**
     * Places the row's persons as near their wishes as the gaps allow (least squares, weighted):
     * subtracting each person's minimum distance from the first turns the gaps into a
     * non-decreasing sequence, which pooling adjacent violators fits exactly.
     */
    private void place(int r, Map<Block, Target> targets) {
        List<String> persons = members(r);
        double[] shift = shifts(rows.get(r));
        int n = persons.size();
        double[] value = new double[n];
        double[] weight = new double[n];
        int[] count = new int[n];
        int pools = 0;
        for (int i = 0; i < n; i++) {
            Wish wish = targets.get(blockOf.get(persons.get(i))).wishes().get(persons.get(i));
            value[pools] = wish.x() - shift[i];
            weight[pools] = wish.weight();
            count[pools] = 1;
            pools++;
            while (pools > 1 && value[pools - 2] > value[pools - 1]) {
                double merged = weight[pools - 2] + weight[pools - 1];
                value[pools - 2] = (value[pools - 2] * weight[pools - 2] + value[pools - 1] * weight[pools - 1]) / merged;
                weight[pools - 2] = merged;
                count[pools - 2] += count[pools - 1];
                pools--;
            }
        }
        int i = 0;
        for (int pool = 0; pool < pools; pool++) {
            for (int k = 0; k < count[pool]; k++, i++) {
                xs.put(persons.get(i), value[pool] + shift[i]);
            }
        }
    }

    /** Each person's least distance from the row's first person: partners closer, blocks further apart. */
    private double[] shifts(List<Block> row) {
        List<String> persons = row.stream().flatMap(block -> block.members.stream()).toList();
        double[] shift = new double[persons.size()];
        for (int i = 1; i < persons.size(); i++) {
            String previous = persons.get(i - 1);
            String person = persons.get(i);
            double gap = blockOf.get(previous) == blockOf.get(person) ? PERSON_GAP : BLOCK_GAP;
            shift[i] = shift[i - 1] + halfWidths.get(previous) + gap + halfWidths.get(person);
        }
        return shift;
    }

    /** Where a person wants to stand, and how much. */
    private record Wish(double x, double weight) {}

    /** A block's sort key in its row (where it wants its centre) and its members' wishes. */
    private record Target(double key, Map<String, Wish> wishes) {}
}
