package id.kesos.assessment;

/**
 * Two persons of one generation who are or were partners. A person's partnerships are read in the
 * order the genogram lists them: the first marriage before a remarriage.
 */
public record Partnership(String a, String b, PartnershipKind kind) {

    public boolean joins(String person) {
        return a.equals(person) || b.equals(person);
    }

    public boolean joins(String one, String other) {
        return joins(one) && joins(other) && !one.equals(other);
    }

    public String partnerOf(String person) {
        return a.equals(person) ? b : a;
    }
}
