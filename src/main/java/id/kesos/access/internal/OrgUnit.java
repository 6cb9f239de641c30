package id.kesos.access.internal;

import id.kesos.access.OrgUnitView;
import id.kesos.access.UnitType;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation unit. Its path is written by the database from the parent's path. */
@Table(schema = "access", name = "org_unit")
public record OrgUnit(@Id Long id, Long parentId, @ReadOnlyProperty String path, UnitType type, String name,
        String regionCode, String address, boolean active, Instant createdAt, Instant updatedAt,
        @Version Integer version) {

    public static OrgUnit create(Long parentId, UnitType type, String name, String regionCode, String address) {
        Instant now = Instant.now();
        return new OrgUnit(null, parentId, null, type, name, regionCode, address, true, now, now, null);
    }

    public OrgUnit withDetails(String name, String regionCode, String address, int expectedVersion) {
        return new OrgUnit(id, parentId, path, type, name, regionCode, address, active, createdAt, Instant.now(),
                expectedVersion);
    }

    public OrgUnit withActive(boolean active) {
        return new OrgUnit(id, parentId, path, type, name, regionCode, address, active, createdAt, Instant.now(),
                version);
    }

    public OrgUnitView view() {
        return new OrgUnitView(id, parentId, path, type, name, regionCode, address, active, version);
    }
}
