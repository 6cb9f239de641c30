package id.kesos.assessment;

import id.kesos.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The changes the editor makes to a genogram, each giving a new genogram (which checks itself).
 * Removing a person removes their relations; children whose parent was removed keep their place
 * without parents until the worker links them again.
 */
final class GenogramEdits {

    private GenogramEdits() {}

    /** The person added, or put in place of the one with the same key; a new client unmarks the old. */
    static Genogram withPerson(Genogram genogram, GenogramPerson person) {
        List<GenogramPerson> persons = new ArrayList<>();
        boolean replaced = false;
        for (GenogramPerson existing : genogram.persons()) {
            if (existing.key().equals(person.key())) {
                persons.add(person);
                replaced = true;
            } else {
                persons.add(person.client() && existing.client() ? unmarked(existing) : existing);
            }
        }
        if (!replaced) {
            persons.add(person);
        }
        return new Genogram(persons, genogram.partnerships(), genogram.children(), genogram.twins());
    }

    /** A key no person of the genogram has. */
    static String newKey(Genogram genogram) {
        int highest = genogram.persons().stream().map(GenogramPerson::key).filter(key -> key.matches("\\d{1,9}"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        return String.valueOf(highest + 1);
    }

    static Genogram withoutPerson(Genogram genogram, String key) {
        requirePerson(genogram, key);
        List<ChildLink> children = genogram.children().stream().filter(link -> !link.child().equals(key)
                && !link.parent().equals(key) && !key.equals(link.otherParent())).toList();
        // Twins stay twins only while both still hang from their parents.
        Predicate<String> hasParents = child -> children.stream().anyMatch(link -> link.child().equals(child));
        return new Genogram(
                genogram.persons().stream().filter(p -> !p.key().equals(key)).toList(),
                genogram.partnerships().stream().filter(p -> !p.joins(key)).toList(),
                children,
                genogram.twins().stream().filter(t -> hasParents.test(t.a()) && hasParents.test(t.b())).toList());
    }

    /** The partnership added after the others (a later marriage comes later), or its kind changed. */
    static Genogram withPartnership(Genogram genogram, Partnership partnership) {
        List<Partnership> partnerships = new ArrayList<>(genogram.partnerships());
        int existing = indexOf(partnerships, partnership.a(), partnership.b());
        if (existing >= 0) {
            partnerships.set(existing, new Partnership(partnerships.get(existing).a(), partnerships.get(existing).b(),
                    partnership.kind()));
        } else {
            partnerships.add(partnership);
        }
        return new Genogram(genogram.persons(), partnerships, genogram.children(), genogram.twins());
    }

    /** Ends a partnership's place in the genogram; refused while children hang from it. */
    static Genogram withoutPartnership(Genogram genogram, int position) {
        if (position < 0 || position >= genogram.partnerships().size()) {
            throw new InvalidInputException(null, "assessment.genogram.error.unknownPerson");
        }
        Partnership partnership = genogram.partnerships().get(position);
        if (genogram.children().stream().anyMatch(link -> link.otherParent() != null
                && partnership.joins(link.parent(), link.otherParent()))) {
            throw new InvalidInputException(null, "assessment.genogram.error.partnershipHasChildren");
        }
        List<Partnership> partnerships = new ArrayList<>(genogram.partnerships());
        partnerships.remove(position);
        return new Genogram(genogram.persons(), partnerships, genogram.children(), genogram.twins());
    }

    /** The child's parents (and twin) set, replacing earlier ones; a null link removes them. */
    static Genogram withParents(Genogram genogram, String child, ChildLink link, Twins twin) {
        requirePerson(genogram, child);
        // A twin who named this child keeps it while both still have the same parents.
        Predicate<Twins> kept = t -> !t.a().equals(child) && (!t.b().equals(child) || link != null
                && genogram.parentsOf(t.a()).map(link::sameParents).orElse(false));
        List<ChildLink> children = new ArrayList<>(genogram.children().stream()
                .filter(existing -> !existing.child().equals(child)).toList());
        List<Twins> twins = new ArrayList<>(genogram.twins().stream().filter(kept).toList());
        if (link != null) {
            children.add(link);
        }
        if (twin != null) {
            twins.add(twin);
        }
        return new Genogram(genogram.persons(), genogram.partnerships(), children, twins);
    }

    private static int indexOf(List<Partnership> partnerships, String a, String b) {
        for (int i = 0; i < partnerships.size(); i++) {
            if (partnerships.get(i).joins(a, b)) {
                return i;
            }
        }
        return -1;
    }

    private static void requirePerson(Genogram genogram, String key) {
        if (genogram.person(key).isEmpty()) {
            throw new InvalidInputException(null, "assessment.genogram.error.unknownPerson");
        }
    }

    private static GenogramPerson unmarked(GenogramPerson person) {
        return new GenogramPerson(person.key(), person.name(), person.sex(), person.birthYear(), person.deathYear(),
                person.deceased(), false, person.household());
    }
}
