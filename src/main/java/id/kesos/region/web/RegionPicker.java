package id.kesos.region.web;

import id.kesos.region.Region;
import id.kesos.region.RegionLevel;
import java.util.List;

/**
 * What the cascading region field shows: for each level the choices and the chosen one. A level
 * has choices only once the level above it is chosen.
 */
public record RegionPicker(String field, String code, List<Level> levels) {

    public record Level(RegionLevel level, List<Region> choices, String selected, String parentCode) {

        public boolean enabled() {
            return !choices.isEmpty();
        }
    }
}
