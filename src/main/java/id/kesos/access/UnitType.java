package id.kesos.access;

import id.kesos.region.RegionLevel;
import java.util.EnumSet;
import java.util.Set;

/**
 * Kinds of organisation unit. A unit of government carries its territory, a region of a fixed
 * level; a Sentra or LKS has an address and serves clients from anywhere.
 */
public enum UnitType {
    KEMENTERIAN(null, false),
    SENTRA(RegionLevel.VILLAGE, true),
    DINAS_PROVINSI(RegionLevel.PROVINCE, false),
    DINAS_KABKOTA(RegionLevel.REGENCY, false),
    KECAMATAN(RegionLevel.DISTRICT, false),
    DESA(RegionLevel.VILLAGE, false),
    LKS(RegionLevel.VILLAGE, true);

    private final RegionLevel regionLevel;
    private final boolean addressOnly;

    UnitType(RegionLevel regionLevel, boolean addressOnly) {
        this.regionLevel = regionLevel;
        this.addressOnly = addressOnly;
    }

    /** The level of the unit's region code, or null when the unit has none. */
    public RegionLevel regionLevel() {
        return regionLevel;
    }

    /** True when the region code is only the unit's address, not a territory it governs. */
    public boolean addressOnly() {
        return addressOnly;
    }

    /** True when the region code must be given: every unit of government below the ministry. */
    public boolean territoryRequired() {
        return regionLevel != null && !addressOnly;
    }

    /** The kinds of unit that may stand directly below this one. */
    public Set<UnitType> childTypes() {
        return switch (this) {
            case KEMENTERIAN -> EnumSet.of(SENTRA, DINAS_PROVINSI, LKS);
            case DINAS_PROVINSI -> EnumSet.of(DINAS_KABKOTA, SENTRA, LKS);
            case DINAS_KABKOTA -> EnumSet.of(KECAMATAN, LKS);
            case KECAMATAN -> EnumSet.of(DESA, LKS);
            case SENTRA, DESA, LKS -> EnumSet.noneOf(UnitType.class);
        };
    }
}
