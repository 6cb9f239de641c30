package id.kesos.access;

/** An organisation unit as other modules and screens see it. */
public record OrgUnitView(long id, Long parentId, String path, UnitType type, String name, String regionCode,
        String address, boolean active, int version) {

    /** How deep the unit stands in the tree; the root is 0. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
