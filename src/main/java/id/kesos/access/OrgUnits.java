package id.kesos.access;

import id.kesos.access.internal.OrgUnit;
import id.kesos.access.internal.OrgUnitRepository;
import id.kesos.access.internal.StaleVersions;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.ChangeSummary;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import id.kesos.region.Region;
import id.kesos.region.Regions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation tree. Every read takes the reader's scope: a unit outside it is reported as
 * not found, and the attempt is audited.
 */
@Service
public class OrgUnits {

    static final String ENTITY = "ORG_UNIT";
    private static final int LIST_LIMIT = 500;

    private final OrgUnitRepository units;
    private final JdbcClient jdbc;
    private final Regions regions;
    private final AuditLog audit;

    OrgUnits(OrgUnitRepository units, JdbcClient jdbc, Regions regions, AuditLog audit) {
        this.units = units;
        this.jdbc = jdbc;
        this.regions = regions;
        this.audit = audit;
    }

    /** The unit with this id, whoever asks; for code that has already checked the scope. */
    @Transactional(readOnly = true)
    public Optional<OrgUnitView> find(long id) {
        return units.findById(id).map(OrgUnit::view);
    }

    @Transactional(readOnly = true)
    public OrgUnitView get(UnitScope scope, long id) {
        OrgUnitView unit = find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.contains(unit.path())) {
            audit.recordAlone(AuditAction.DENIED, ENTITY, id, "unit di luar cakupan pengguna");
            throw new NotFoundException(ENTITY, id);
        }
        return unit;
    }

    /** Units in scope whose name contains the query, in tree order, at most 500. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> list(UnitScope scope, String query) {
        return units.findInSubtree(scope.path(), query == null ? "" : query.strip(), LIST_LIMIT).stream()
                .map(OrgUnit::view).toList();
    }

    /**
     * Every active unit of these types across the whole tree, in tree order, whoever asks: for
     * choosing a unit to work with, such as where a case is referred. A unit's name and kind are
     * no secret; what it holds stays in its scope.
     */
    @Transactional(readOnly = true)
    public List<OrgUnitView> directory(Set<UnitType> types) {
        return units.findActiveOfTypes(types.stream().map(Enum::name).toList()).stream().map(OrgUnit::view).toList();
    }

    /** The ids of every unit in scope, for queries of other modules that filter by unit. */
    @Transactional(readOnly = true)
    public List<Long> unitIds(UnitScope scope) {
        return units.findIdsInSubtree(scope.path());
    }

    /**
     * The scope's own unit and {@link #unitIds} at once: what a scoped query of every request
     * needs, in one statement instead of two.
     */
    public UnitWithSubtree ownUnit(UnitScope scope) {
        return jdbc.sql("""
                select u.id, u.parent_id, u.path, u.type, u.name, u.region_code, u.address, u.active, u.version,
                       array(select s.id from access.org_unit s where s.path like u.path || '%') as subtree
                  from access.org_unit u
                 where u.id = :id
                """)
                .param("id", scope.unitId())
                .query((rs, n) -> {
                    long parentId = rs.getLong("parent_id");
                    Long parent = rs.wasNull() ? null : parentId;
                    OrgUnitView unit = new OrgUnitView(rs.getLong("id"), parent, rs.getString("path"),
                            UnitType.valueOf(rs.getString("type")), rs.getString("name"), rs.getString("region_code"),
                            rs.getString("address"), rs.getBoolean("active"), rs.getInt("version"));
                    return new UnitWithSubtree(unit, List.of((Long[]) rs.getArray("subtree").getArray()));
                })
                .optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, scope.unitId()));
    }

    @Transactional(readOnly = true)
    public List<OrgUnitView> children(UnitScope scope, long id) {
        return units.findChildren(get(scope, id).id()).stream().map(OrgUnit::view).toList();
    }

    /** The unit's ancestors from the root down, the unit itself excluded. */
    @Transactional(readOnly = true)
    public List<OrgUnitView> ancestors(OrgUnitView unit) {
        List<OrgUnitView> chain = new ArrayList<>();
        Long parent = unit.parentId();
        while (parent != null) {
            OrgUnitView next = find(parent).orElseThrow();
            chain.add(0, next);
            parent = next.parentId();
        }
        return chain;
    }

    @Transactional
    public OrgUnitView create(UnitScope scope, long parentId, UnitCommand command) {
        OrgUnitView parent = get(scope, parentId);
        if (!parent.type().childTypes().contains(command.type())) {
            throw new InvalidInputException("type", "unit.type.notAllowedBelow");
        }
        checkRegion(command, parent);
        OrgUnit saved = units.save(OrgUnit.create(parentId, command.type(), command.name().strip(),
                blankToNull(command.regionCode()), blankToNull(command.address())));
        OrgUnitView created = find(saved.id()).orElseThrow();
        audit.record(AuditAction.CREATE, ENTITY, created.id(), new ChangeSummary()
                .field("name", null, created.name()).field("type", null, created.type())
                .field("regionCode", null, created.regionCode()).toString());
        return created;
    }

    @Transactional
    public OrgUnitView update(UnitScope scope, long id, UnitCommand command, int expectedVersion) {
        OrgUnitView current = get(scope, id);
        UnitCommand effective = new UnitCommand(current.type(), command.name(), command.regionCode(), command.address());
        checkRegion(effective, current.parentId() == null ? null : find(current.parentId()).orElseThrow());
        OrgUnit before = units.findById(id).orElseThrow();
        OrgUnit after = save(before.withDetails(command.name().strip(), blankToNull(command.regionCode()),
                blankToNull(command.address()), expectedVersion));
        ChangeSummary changes = new ChangeSummary()
                .field("name", before.name(), after.name())
                .field("regionCode", before.regionCode(), after.regionCode())
                .field("address", before.address(), after.address());
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, ENTITY, id, changes.toString());
        }
        return find(id).orElseThrow();
    }

    @Transactional
    public void setActive(UnitScope scope, long id, boolean active) {
        OrgUnitView unit = get(scope, id);
        if (unit.id() == scope.unitId() && !active) {
            throw new InvalidInputException(null, "unit.deactivate.own");
        }
        OrgUnit before = units.findById(id).orElseThrow();
        save(before.withActive(active));
        audit.record(AuditAction.UPDATE, ENTITY, id, new ChangeSummary().field("active", before.active(), active)
                .toString());
    }

    private OrgUnit save(OrgUnit unit) {
        return StaleVersions.guard(() -> units.save(unit));
    }

    private void checkRegion(UnitCommand command, OrgUnitView parent) {
        String code = blankToNull(command.regionCode());
        if (code == null) {
            if (command.type().territoryRequired()) {
                throw new InvalidInputException("regionCode", "unit.region.required");
            }
            return;
        }
        Optional<Region> region = regions.find(code);
        if (region.isEmpty()) {
            throw new InvalidInputException("regionCode", "region.unknown");
        }
        if (command.type().regionLevel() == null) {
            throw new InvalidInputException("regionCode", "unit.region.none");
        }
        if (region.get().level() != command.type().regionLevel()) {
            throw new InvalidInputException("regionCode", "unit.region.level." + command.type().regionLevel());
        }
        boolean parentGoverns = parent != null && parent.regionCode() != null && !parent.type().addressOnly();
        if (command.type().territoryRequired() && parentGoverns && !code.startsWith(parent.regionCode() + ".")) {
            throw new InvalidInputException("regionCode", "unit.region.outsideParent");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
