package id.kesos.access.web;

import id.kesos.access.OrgUnitView;
import id.kesos.access.UnitCommand;
import id.kesos.access.UnitType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The unit form; {@code version} is the one the editor started from. */
record UnitForm(
        @NotNull UnitType type,
        @NotBlank @Size(max = 150) String name,
        @Size(max = 13) String regionCode,
        @Size(max = 300) String address,
        Integer version) {

    static UnitForm blank(UnitType type) {
        return new UnitForm(type, "", "", "", null);
    }

    static UnitForm of(OrgUnitView unit) {
        return new UnitForm(unit.type(), unit.name(), unit.regionCode(), unit.address(), unit.version());
    }

    UnitCommand command() {
        return new UnitCommand(type, name, regionCode, address);
    }
}
