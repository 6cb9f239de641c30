package id.kesos.assessment;

import id.kesos.casework.Initials;
import id.kesos.registry.Families;
import id.kesos.registry.Relationship;
import id.kesos.registry.Sex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first draft of a genogram: the client's KK read as relations to the client (the KK names
 * each member's relation to its head), completed by the assessment's family table, whose free
 * words (ayah, ibu, kakak, ...) are read the same way. Who cannot be placed (a grandchild, an
 * uncle) is added without relations, for the worker to connect by hand.
 */
final class FamilyStart {

    enum Role { CLIENT, PARENT, SIBLING, SPOUSE, CHILD, PARENT_IN_LAW, OTHER }

    /** Someone of the client's family, and what they are to the client. */
    record Relative(String name, GenogramSex sex, Integer birthYear, boolean deceased, boolean household, Role role) {}

    private static final Set<Relationship> HEAD_COUPLE = Set.of(Relationship.KEPALA_KELUARGA, Relationship.SUAMI,
            Relationship.ISTRI);

    /** The registry's rule: no one is older than 120. */
    private static final int MAX_AGE = 120;

    /** A genogram's name is at most this long; the family table allows longer text. */
    static final int MAX_NAME = 80;

    private FamilyStart() {}

    /**
     * The KK's members as relatives of the client, each named by initials like the client: the
     * genogram is printed in the case report, whose papers name no one in full. The worker may
     * write a name where the family agrees.
     */
    static List<Relative> fromRegistry(List<Families.Member> members, long clientId, String initials) {
        Families.Member client = members.stream().filter(m -> m.personId() == clientId).findFirst().orElseThrow();
        List<Relative> relatives = new ArrayList<>();
        relatives.add(new Relative(initials, sex(client.sex()), client.birthDate().getYear(), client.deceased(), true,
                Role.CLIENT));
        for (Families.Member member : members) {
            if (member.personId() != clientId) {
                relatives.add(new Relative(Initials.of(member.name()), sex(member.sex()), member.birthDate().getYear(),
                        member.deceased(), true, role(client.relationship(), member.relationship())));
            }
        }
        return relatives;
    }

    /** What the member is to the client, both named by their relation to the KK's head. */
    static Role role(Relationship client, Relationship member) {
        if (client == null || member == null) {
            return Role.OTHER;
        }
        boolean clientIsHead = client == Relationship.KEPALA_KELUARGA;
        if (HEAD_COUPLE.contains(client)) {
            return switch (member) {
                case KEPALA_KELUARGA, SUAMI, ISTRI -> Role.SPOUSE;
                case ANAK -> Role.CHILD;
                case ORANG_TUA -> clientIsHead ? Role.PARENT : Role.PARENT_IN_LAW;
                case MERTUA -> clientIsHead ? Role.PARENT_IN_LAW : Role.PARENT;
                default -> Role.OTHER;
            };
        }
        if (client == Relationship.ANAK) {
            return HEAD_COUPLE.contains(member) ? Role.PARENT : member == Relationship.ANAK ? Role.SIBLING : Role.OTHER;
        }
        if (client == Relationship.ORANG_TUA) {
            return member == Relationship.KEPALA_KELUARGA ? Role.CHILD
                    : member == Relationship.ORANG_TUA ? Role.SPOUSE : Role.OTHER;
        }
        return Role.OTHER;
    }

    /**
     * The rows of the assessment's family table (name, sex, age, relation) as relatives, leaving
     * out those already among the known ones: by name, or by the initials a KK member is known by.
     */
    static List<Relative> fromTable(List<Map<String, String>> rows, int thisYear, List<Relative> known) {
        List<Relative> relatives = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String name = shortened(row.getOrDefault("name", "").strip());
            if (name.isEmpty() || known.stream().anyMatch(r -> r.role() != Role.CLIENT
                    && (r.name().equalsIgnoreCase(name) || r.name().equals(Initials.of(name))))) {
                continue;
            }
            String relation = row.getOrDefault("relation", "").toLowerCase(Locale.ROOT);
            Integer age = age(row.get("age"));
            relatives.add(new Relative(name, tableSex(row.get("sex"), relation), age == null ? null : thisYear - age,
                    (relation + " " + name.toLowerCase(Locale.ROOT)).contains("alm"), false, role(relation)));
        }
        return relatives;
    }

    /** The relation as the family table words it: "Ayah", "Ibu kandung", "Adik", "Ibu mertua". */
    static Role role(String relation) {
        if (relation.contains("tiri") || relation.contains("ipar")) {
            return Role.OTHER;
        }
        if (relation.contains("mertua")) {
            return Role.PARENT_IN_LAW;
        }
        if (relation.matches(".*\\b(ayah|bapak|ibu|papa|mama)\\b.*")) {
            return Role.PARENT;
        }
        if (relation.matches(".*\\b(kakak|adik|saudara)\\b.*")) {
            return Role.SIBLING;
        }
        if (relation.matches(".*\\b(suami|istri)\\b.*")) {
            return Role.SPOUSE;
        }
        if (relation.matches(".*\\b(anak|putra|putri)\\b.*")) {
            return Role.CHILD;
        }
        return Role.OTHER;
    }

    /**
     * The genogram of these relatives: the parents as a couple with the client and the siblings
     * as their children, the first spouse married to the client with the children, the spouse's
     * parents as a couple above the spouse; everyone else without relations.
     */
    static Genogram genogram(List<Relative> relatives) {
        List<GenogramPerson> persons = new ArrayList<>();
        List<Partnership> partnerships = new ArrayList<>();
        List<ChildLink> children = new ArrayList<>();
        Set<Relative> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        String client = addAll(persons, placed, relatives, Role.CLIENT, 1).get(0);
        List<String> parents = addAll(persons, placed, relatives, Role.PARENT, 2);
        List<String> siblings = addAll(persons, placed, relatives, Role.SIBLING, Integer.MAX_VALUE);
        List<String> spouses = addAll(persons, placed, relatives, Role.SPOUSE, 1);
        List<String> kids = addAll(persons, placed, relatives, Role.CHILD, Integer.MAX_VALUE);
        List<String> inLaws = spouses.isEmpty() ? List.of() : addAll(persons, placed, relatives, Role.PARENT_IN_LAW, 2);
        relatives.stream().filter(r -> !placed.contains(r)).forEach(r -> add(persons, r));
        List<String> offspring = new ArrayList<>(List.of(client));
        offspring.addAll(siblings);
        family(parents, offspring, partnerships, children);
        if (!spouses.isEmpty()) {
            family(List.of(client, spouses.get(0)), kids, partnerships, children);
            family(inLaws, List.of(spouses.get(0)), partnerships, children);
        } else {
            family(List.of(client), kids, partnerships, children);
        }
        return new Genogram(persons, partnerships, children, List.of());
    }

    private static void family(List<String> parents, List<String> offspring, List<Partnership> partnerships,
            List<ChildLink> children) {
        if (parents.size() == 2) {
            partnerships.add(new Partnership(parents.get(0), parents.get(1), PartnershipKind.MARRIAGE));
        }
        if (parents.isEmpty()) {
            return;
        }
        for (String child : offspring) {
            children.add(new ChildLink(child, parents.get(0), parents.size() == 2 ? parents.get(1) : null,
                    ChildKind.BIOLOGICAL));
        }
    }

    /** Adds the relatives of the role, at most {@code most}; the others are left for "without relations". */
    private static List<String> addAll(List<GenogramPerson> persons, Set<Relative> placed, List<Relative> relatives,
            Role role, int most) {
        List<Relative> chosen = relatives.stream().filter(r -> r.role() == role).limit(most).toList();
        placed.addAll(chosen);
        return chosen.stream().map(r -> add(persons, r)).toList();
    }

    private static String add(List<GenogramPerson> persons, Relative relative) {
        String key = String.valueOf(persons.size() + 1);
        persons.add(new GenogramPerson(key, relative.name(), relative.sex(), relative.birthYear(), null,
                relative.deceased(), relative.role() == Role.CLIENT, relative.household()));
        return key;
    }

    private static GenogramSex sex(Sex sex) {
        return sex == null ? GenogramSex.UNKNOWN : GenogramSex.valueOf(sex.name());
    }

    private static GenogramSex tableSex(String value, String relation) {
        Sex sex = Sex.parse(value);
        if (sex != null) {
            return sex(sex);
        }
        if (relation.matches(".*\\b(ayah|bapak|papa|suami|kakek|paman)\\b.*")) {
            return GenogramSex.L;
        }
        return relation.matches(".*\\b(ibu|mama|istri|nenek|bibi)\\b.*") ? GenogramSex.P : GenogramSex.UNKNOWN;
    }

    private static String shortened(String name) {
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME).strip();
    }

    /** The age the table gives, or null when it gives none a living person can have (the table is free text). */
    private static Integer age(String value) {
        String digits = value == null ? "" : value.strip().replaceAll("\\D.*$", "");
        if (digits.isEmpty() || digits.length() > 3 || Integer.parseInt(digits) > MAX_AGE) {
            return null;
        }
        return Integer.valueOf(digits);
    }
}
