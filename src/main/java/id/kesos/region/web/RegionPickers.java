package id.kesos.region.web;

import id.kesos.region.Region;
import id.kesos.region.RegionLevel;
import id.kesos.region.Regions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the cascading region field; templates reach it as {@code @regionPickers}. */
@Component("regionPickers")
public class RegionPickers {

    private final Regions regions;

    RegionPickers(Regions regions) {
        this.regions = regions;
    }

    public RegionPicker of(String field, String code) {
        List<Region> lineage = code == null || code.isBlank() ? List.of() : regions.lineage(code.strip());
        List<RegionPicker.Level> levels = new ArrayList<>();
        String parent = null;
        for (RegionLevel level : RegionLevel.values()) {
            boolean reachable = level == RegionLevel.PROVINCE || parent != null;
            List<Region> choices = reachable ? regions.children(parent) : List.of();
            String selected = lineage.size() >= level.depth() ? lineage.get(level.depth() - 1).code() : null;
            levels.add(new RegionPicker.Level(level, choices, selected, parent));
            parent = selected;
        }
        String chosen = lineage.isEmpty() ? (code == null ? "" : code.strip()) : lineage.get(lineage.size() - 1).code();
        return new RegionPicker(field, chosen, levels);
    }
}
