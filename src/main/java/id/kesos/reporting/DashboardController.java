package id.kesos.reporting;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnitView;
import id.kesos.access.OrgUnits;
import id.kesos.access.UserAccounts;
import id.kesos.region.Region;
import id.kesos.region.Regions;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: who the user is, where they stand in the organisation and what they reach. */
@Controller
class DashboardController {

    private final OrgUnits units;
    private final UserAccounts users;
    private final Regions regions;

    DashboardController(OrgUnits units, UserAccounts users, Regions regions) {
        this.units = units;
        this.users = users;
        this.regions = regions;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal KesosUser user, Model model) {
        OrgUnitView unit = units.get(user.scope(), user.unitId());
        List<Region> region = unit.regionCode() == null ? List.of() : regions.lineage(unit.regionCode());
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", units.ancestors(unit));
        model.addAttribute("region", region);
        model.addAttribute("unitCount", units.unitIds(user.scope()).size());
        model.addAttribute("userCount", users.search(user.scope(), "", null, null, 0, 1).total());
        model.addAttribute("account", users.get(user.scope(), user.id()));
        return "reporting/dashboard";
    }
}
