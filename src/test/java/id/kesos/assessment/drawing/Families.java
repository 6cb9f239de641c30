package id.kesos.assessment.drawing;

import id.kesos.assessment.ChildKind;
import id.kesos.assessment.ChildLink;
import id.kesos.assessment.Genogram;
import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.GenogramSex;
import id.kesos.assessment.Partnership;
import id.kesos.assessment.PartnershipKind;
import id.kesos.assessment.Twins;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test families written the way a worker would tell them, and the genograms they make. */
final class Families {

    private final Map<String, GenogramPerson> persons = new LinkedHashMap<>();
    private final Map<String, Integer> deaths = new LinkedHashMap<>();
    private final Set<String> deceased = new HashSet<>();
    private final Set<String> household = new HashSet<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<ChildLink> children = new ArrayList<>();
    private final List<Twins> twins = new ArrayList<>();
    private String client;

    Families man(String key, Integer born) {
        return person(key, GenogramSex.L, born);
    }

    Families woman(String key, Integer born) {
        return person(key, GenogramSex.P, born);
    }

    Families person(String key, GenogramSex sex, Integer born) {
        persons.put(key, new GenogramPerson(key, "Nama " + key, sex, born, null, false, false, false));
        return this;
    }

    Families died(String key, Integer year) {
        deceased.add(key);
        deaths.put(key, year);
        return this;
    }

    Families client(String key) {
        client = key;
        return household(key);
    }

    Families household(String... keys) {
        household.addAll(List.of(keys));
        return this;
    }

    Families partners(String a, String b, PartnershipKind kind) {
        partnerships.add(new Partnership(a, b, kind));
        return this;
    }

    Families marry(String a, String b) {
        return partners(a, b, PartnershipKind.MARRIAGE);
    }

    Families children(String parent, String otherParent, String... keys) {
        return children(parent, otherParent, ChildKind.BIOLOGICAL, keys);
    }

    Families children(String parent, String otherParent, ChildKind kind, String... keys) {
        for (String key : keys) {
            children.add(new ChildLink(key, parent, otherParent, kind));
        }
        return this;
    }

    Families twins(String a, String b, boolean identical) {
        twins.add(new Twins(a, b, identical));
        return this;
    }

    Genogram genogram() {
        List<GenogramPerson> all = persons.values().stream().map(p -> new GenogramPerson(p.key(), p.name(), p.sex(),
                p.birthYear(), deaths.get(p.key()), deceased.contains(p.key()), p.key().equals(client),
                household.contains(p.key()))).toList();
        return new Genogram(all, partnerships, children, twins);
    }

    /** Parents and two children, all in one household. */
    static Genogram small() {
        return new Families().man("ayah", 1970).woman("ibu", 1972).man("klien", 1995).woman("adik", 1998)
                .marry("ayah", "ibu").children("ayah", "ibu", "adik", "klien")
                .client("klien").household("ayah", "ibu", "adik").genogram();
    }

    /**
     * The acceptance's genogram: a deceased grandfather, a father who divorced the client's
     * mother and remarried, the client a twin, identical twins of the second marriage.
     */
    static Genogram divorceRemarriageTwins() {
        return new Families()
                .man("kakek", 1940).died("kakek", 2010).woman("nenek", 1945).marry("kakek", "nenek")
                .man("ayah", 1968).man("paman", 1971).children("kakek", "nenek", "paman", "ayah")
                .woman("ibu", 1970).partners("ayah", "ibu", PartnershipKind.DIVORCE)
                .woman("ibutiri", 1975).marry("ayah", "ibutiri")
                .man("klien", 2000).woman("kembaran", 2000).children("ayah", "ibu", "klien", "kembaran")
                .twins("klien", "kembaran", false)
                .woman("tiri1", 2010).woman("tiri2", 2010).man("tiri3", 2008)
                .children("ayah", "ibutiri", "tiri1", "tiri3", "tiri2").twins("tiri1", "tiri2", true)
                .client("klien").household("ayah", "ibutiri", "tiri1", "tiri2", "tiri3").genogram();
    }

    /** Forty-two persons over four generations, both sides of the client's family, several remarriages. */
    static Genogram large() {
        Families f = new Families()
                .man("gf1", 1930).died("gf1", 1995).woman("gm1", 1933).died("gm1", 2001).marry("gf1", "gm1")
                .man("gf2", 1932).woman("gm2", 1935).partners("gf2", "gm2", PartnershipKind.DIVORCE)
                .woman("w2", 1940).marry("gf2", "w2")
                .man("c2", 1936).partners("gm2", "c2", PartnershipKind.COHABITATION)
                .man("a1", 1952).woman("a2", 1955).man("a3", 1958).woman("a4", 1960)
                .children("gf1", "gm1", "a4", "a2", "a1", "a3")
                .woman("b1", 1956).man("b2", 1959).children("gf2", "gm2", "b1", "b2")
                .woman("b3", 1965).man("b4", 1967).children("gf2", "w2", "b3", "b4")
                .woman("b5", 1970).children("gm2", "c2", ChildKind.ADOPTED, "b5")
                .partners("a3", "b1", PartnershipKind.DIVORCE).woman("x1", 1962).marry("a3", "x1")
                .woman("y1", 1954).marry("a1", "y1")
                .man("y2", 1950).partners("a2", "y2", PartnershipKind.SEPARATION)
                .man("y3", 1959).partners("a4", "y3", PartnershipKind.COHABITATION)
                .woman("y4", 1961).marry("b2", "y4")
                .man("y5", 1963).marry("b3", "y5")
                .man("klien", 1980).woman("t1", 1983).woman("t2", 1983).man("s1", 1986)
                .children("a3", "b1", "klien", "t1", "t2", "s1").twins("t1", "t2", true)
                .man("h1", 1990).children("a3", "x1", "h1").woman("h2", 1992).children("a3", "x1", ChildKind.FOSTER, "h2")
                .man("c1", 1975).woman("c3", 1978).children("a1", "y1", "c1", "c3")
                .woman("d1", 1977).children("a2", "y2", "d1")
                .man("e1", 1982).children("a4", "y3", "e1")
                .woman("f1", 1985).children("b2", "y4", "f1").man("f2", 1987).children("b2", "y4", ChildKind.ADOPTED, "f2")
                .man("g1", 1988).children("b3", "y5", "g1")
                .woman("z1", 1982).partners("klien", "z1", PartnershipKind.DIVORCE).woman("z2", 1985).marry("klien", "z2")
                .woman("z3", 1976).marry("c1", "z3")
                .man("k1", 2003).children("klien", "z1", "k1")
                .woman("k2", 2010).man("k3", 2012).children("klien", "z2", "k3", "k2")
                .woman("k4", 2000).children("c1", "z3", "k4")
                .man("k5", 2005).children("t1", null, "k5")
                .person("u1", GenogramSex.UNKNOWN, null).children("d1", null, "u1")
                .client("klien").household("z2", "k2", "k3", "b1");
        return f.genogram();
    }
}
