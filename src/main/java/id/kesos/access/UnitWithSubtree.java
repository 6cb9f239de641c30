package id.kesos.access;

import java.util.List;

/**
 * A unit and the ids of every unit in its subtree, itself included.
 *
 * @param unit    the unit
 * @param unitIds the units in its subtree
 */
public record UnitWithSubtree(OrgUnitView unit, List<Long> unitIds) {}
