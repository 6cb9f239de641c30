package id.kesos.registry;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnitView;
import id.kesos.access.OrgUnits;
import id.kesos.access.UnitWithSubtree;
import id.kesos.region.RegionLevel;
import org.springframework.stereotype.Service;

/** Works out a user's {@link RegistryScope} from their unit. */
@Service
public class RegistryScopes {

    private final OrgUnits units;

    RegistryScopes(OrgUnits units) {
        this.units = units;
    }

    public RegistryScope of(KesosUser user) {
        UnitWithSubtree own = units.ownUnit(user.scope());
        OrgUnitView unit = own.unit();
        boolean governs = unit.regionCode() != null && !unit.type().addressOnly();
        String prefix = null;
        if (governs) {
            prefix = RegionLevel.ofCode(unit.regionCode()) == RegionLevel.VILLAGE
                    ? unit.regionCode() : unit.regionCode() + ".";
        }
        return new RegistryScope(unit.parentId() == null, prefix, own.unitIds(), unit.id());
    }
}
