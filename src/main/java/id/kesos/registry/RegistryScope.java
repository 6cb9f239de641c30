package id.kesos.registry;

import java.util.List;

/**
 * The persons a user may see: every person (the root of the tree), those whose address lies in
 * the unit's territory, and those registered or served in a case by a unit in the user's scope.
 *
 * @param everyone         true for a user at the root of the organisation tree
 * @param territoryPrefix  the start every address code in the territory shares (e.g. {@code 33.09.}),
 *                         or null when the unit governs no territory (a Sentra, an LKS)
 * @param registeringUnits the units in the user's scope
 * @param unitId           the user's unit, which registers what the user creates
 */
public record RegistryScope(boolean everyone, String territoryPrefix, List<Long> registeringUnits, long unitId) {

    /** Sees every person; for look-ups the caller has scoped by other means. */
    static final RegistryScope EVERYONE = new RegistryScope(true, null, List.of(), 0);

    /** True when an address with this village code lies in the territory. */
    public boolean coversAddress(String villageCode) {
        return everyone || territoryPrefix != null && villageCode != null && villageCode.startsWith(territoryPrefix);
    }

    /** True when the user may see a person with this address, registered by this unit. */
    public boolean covers(String villageCode, long registeredBy) {
        return coversAddress(villageCode) || registeringUnits.contains(registeredBy);
    }

    /** The territory prefix for SQL {@code like :prefix || '%'}: matches nothing without a territory. */
    public String sqlPrefix() {
        return everyone ? "" : territoryPrefix == null ? "~" : territoryPrefix;
    }
}
