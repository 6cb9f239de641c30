package id.kesos.access;

/**
 * The part of the organisation tree a user sees: their unit and every unit below it.
 *
 * @param unitId the user's unit
 * @param path   that unit's path of ids from the root, e.g. {@code 1/4/9/}
 */
public record UnitScope(long unitId, String path) implements java.io.Serializable {

    /** True when a unit with the given path lies in this scope. */
    public boolean contains(String unitPath) {
        return unitPath != null && unitPath.startsWith(path);
    }
}
