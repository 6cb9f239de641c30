package id.kesos.assessment;

import id.kesos.platform.InvalidInputException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client's family over generations: persons, their partnerships in order, children of a
 * partnership or of a single parent, twins. A genogram that exists is consistent: every relation
 * names its persons, the parents of a child are partners, nobody is their own ancestor; breaking
 * a rule is refused with an {@link InvalidInputException} naming it.
 */
public record Genogram(List<GenogramPerson> persons, List<Partnership> partnerships, List<ChildLink> children,
                       List<Twins> twins) {

    public Genogram {
        persons = List.copyOf(persons);
        partnerships = List.copyOf(partnerships);
        children = List.copyOf(children);
        twins = List.copyOf(twins);
        check(persons, partnerships, children, twins);
    }

    public static Genogram empty() {
        return new Genogram(List.of(), List.of(), List.of(), List.of());
    }

    public Optional<GenogramPerson> person(String key) {
        return persons.stream().filter(person -> person.key().equals(key)).findFirst();
    }

    /** The link to the person's parents, if the genogram shows them. */
    public Optional<ChildLink> parentsOf(String key) {
        return children.stream().filter(link -> link.child().equals(key)).findFirst();
    }

    /**
     * Each person's generation, 0 for the oldest: partners share a generation and a child stands
     * one below its parents. A person without parents in the genogram stands just above their
     * eldest child's generation, so that a spouse's parents are not drawn far above their child.
     */
    public Map<String, Integer> generations() {
        return new Generations(persons, partnerships, children).compute();
    }

    private static void check(List<GenogramPerson> persons, List<Partnership> partnerships,
                              List<ChildLink> children, List<Twins> twins) {
        Set<String> keys = new HashSet<>();
        for (GenogramPerson person : persons) {
            if (person.key() == null || person.key().isBlank() || !keys.add(person.key())) {
                throw invalid("key");
            }
            if (person.birthYear() != null && person.deathYear() != null && person.deathYear() < person.birthYear()) {
                throw invalid("years");
            }
        }
        if (persons.stream().filter(GenogramPerson::client).count() > 1) {
            throw invalid("oneClient");
        }
        for (int i = 0; i < partnerships.size(); i++) {
            Partnership partnership = partnerships.get(i);
            requireKnown(keys, partnership.a(), partnership.b());
            if (partnership.a().equals(partnership.b())) {
                throw invalid("self");
            }
            if (partnerships.subList(0, i).stream().anyMatch(p -> p.joins(partnership.a(), partnership.b()))) {
                throw invalid("duplicatePartnership");
            }
        }
        Set<String> withParents = new HashSet<>();
        for (ChildLink link : children) {
            requireKnown(keys, link.child(), link.parent());
            if (link.otherParent() != null) {
                requireKnown(keys, link.otherParent());
            }
            if (link.child().equals(link.parent()) || link.child().equals(link.otherParent())) {
                throw invalid("self");
            }
            if (link.otherParent() != null
                    && partnerships.stream().noneMatch(p -> p.joins(link.parent(), link.otherParent()))) {
                throw invalid("parentsNotPartners");
            }
            if (!withParents.add(link.child())) {
                throw invalid("twoFamilies");
            }
        }
        for (Twins pair : twins) {
            requireKnown(keys, pair.a(), pair.b());
            Optional<ChildLink> first = children.stream().filter(link -> link.child().equals(pair.a())).findFirst();
            Optional<ChildLink> second = children.stream().filter(link -> link.child().equals(pair.b())).findFirst();
            if (pair.a().equals(pair.b()) || first.isEmpty() || second.isEmpty() || !first.get().sameParents(second.get())) {
                throw invalid("twinsNotSiblings");
            }
        }
        new Generations(persons, partnerships, children).compute();
    }

    private static void requireKnown(Set<String> keys, String... persons) {
        for (String person : persons) {
            if (person == null || !keys.contains(person)) {
                throw invalid("unknownPerson");
            }
        }
    }

    private static InvalidInputException invalid(String rule) {
        return new InvalidInputException(null, "assessment.genogram.error." + rule);
    }

    /**
     * Generations by the longest path over groups of partners: a group stands one below the
     * lowest of its parents' groups; groups without parents then move down to just above their
     * children. A group that descends from itself is refused.
     */
    private static final class Generations {

        private final List<GenogramPerson> persons;
        private final List<Partnership> partnerships;
        private final List<ChildLink> children;
        private final Map<String, String> group = new HashMap<>();

        Generations(List<GenogramPerson> persons, List<Partnership> partnerships, List<ChildLink> children) {
            this.persons = persons;
            this.partnerships = partnerships;
            this.children = children;
        }

        Map<String, Integer> compute() {
            persons.forEach(person -> group.put(person.key(), person.key()));
            partnerships.forEach(p -> group.put(find(p.a()), find(p.b())));
            Map<String, Set<String>> below = new HashMap<>();
            Map<String, Integer> aboveCount = new HashMap<>();
            for (GenogramPerson person : persons) {
                below.putIfAbsent(find(person.key()), new HashSet<>());
                aboveCount.putIfAbsent(find(person.key()), 0);
            }
            for (ChildLink link : children) {
                String parents = find(link.parent());
                String child = find(link.child());
                if (parents.equals(child)) {
                    throw invalid("ancestry");
                }
                if (below.get(parents).add(child)) {
                    aboveCount.merge(child, 1, Integer::sum);
                }
            }
            List<String> order = topological(below, new HashMap<>(aboveCount));
            Map<String, Integer> level = new HashMap<>();
            order.forEach(g -> level.putIfAbsent(g, 0));
            for (String g : order) {
                below.get(g).forEach(child -> level.merge(child, level.get(g) + 1, Math::max));
            }
            for (int i = order.size() - 1; i >= 0; i--) {
                String g = order.get(i);
                if (aboveCount.get(g) == 0 && !below.get(g).isEmpty()) {
                    level.put(g, below.get(g).stream().mapToInt(level::get).min().orElseThrow() - 1);
                }
            }
            int top = level.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            Map<String, Integer> generations = new HashMap<>();
            persons.forEach(person -> generations.put(person.key(), level.get(find(person.key())) - top));
            return generations;
        }

        private List<String> topological(Map<String, Set<String>> below, Map<String, Integer> remaining) {
            Deque<String> ready = new ArrayDeque<>();
            remaining.forEach((g, count) -> {
                if (count == 0) {
                    ready.add(g);
                }
            });
            List<String> order = new ArrayList<>();
            while (!ready.isEmpty()) {
                String g = ready.poll();
                order.add(g);
                for (String child : below.get(g)) {
                    if (remaining.merge(child, -1, Integer::sum) == 0) {
                        ready.add(child);
                    }
                }
            }
            if (order.size() != remaining.size()) {
                throw invalid("ancestry");
            }
            return order;
        }

        private String find(String key) {
            String root = key;
            while (!Objects.equals(group.get(root), root)) {
                root = group.get(root);
            }
            group.put(key, root);
            return root;
        }
    }
}
