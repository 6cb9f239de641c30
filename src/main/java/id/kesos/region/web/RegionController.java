package id.kesos.region.web;

import id.kesos.platform.NotFoundException;
import id.kesos.region.Region;
import id.kesos.region.Regions;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The region pages: search by name, browse a region's children, and the picker's HTMX answers. */
@Controller
class RegionController {

    private static final int SEARCH_LIMIT = 50;

    private final Regions regions;
    private final RegionPickers pickers;

    RegionController(Regions regions, RegionPickers pickers) {
        this.regions = regions;
        this.pickers = pickers;
    }

    @GetMapping("/regions")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("q", query);
        model.addAttribute("matches", regions.search(query, SEARCH_LIMIT));
        model.addAttribute("provinces", query.isBlank() ? regions.children(null) : List.of());
        return "region/regions";
    }

    @GetMapping("/regions/{code}")
    String show(@PathVariable String code, Model model) {
        Region region = regions.find(code).orElseThrow(() -> new NotFoundException("REGION", code));
        model.addAttribute("region", region);
        model.addAttribute("lineage", regions.lineage(code));
        model.addAttribute("children", regions.children(code));
        return "region/region";
    }

    /** One step of the cascading field: the field again, with the picked region's children. */
    @GetMapping("/regions/picker")
    String picker(@RequestParam String field, @RequestParam(name = "regionPick", required = false) List<String> picks,
            Model model) {
        model.addAttribute("picker", pickers.of(field.replaceAll("[^A-Za-z0-9_]", ""), deepestPick(picks)));
        return "region/picker :: picker";
    }

    /**
     * The select that changed sends its value; HTMX includes only that one, but a browser without
     * it might send all four, so the most specific known code wins.
     */
    private String deepestPick(List<String> picks) {
        if (picks == null) {
            return null;
        }
        return picks.stream().filter(pick -> pick != null && !pick.isBlank() && regions.exists(pick))
                .reduce((first, second) -> second.length() > first.length() ? second : first)
                .orElse(null);
    }
}
