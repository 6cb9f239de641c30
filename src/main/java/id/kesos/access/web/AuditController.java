package id.kesos.access.web;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnits;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditFilter;
import id.kesos.platform.AuditLog;
import id.kesos.platform.Page;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The audit log for administrators and heads of unit, limited to the entries of their units.
 * Only a user at the root of the tree also sees entries that belong to no unit.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    record AuditQuery(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Size(max = 100) String actor,
            AuditAction action,
            @Size(max = 60) String entityType,
            @Size(max = 100) String entityId,
            Integer page) {}

    private final AuditLog audit;
    private final OrgUnits units;

    AuditController(AuditLog audit, OrgUnits units) {
        this.audit = audit;
        this.units = units;
    }

    @GetMapping("/audit")
    String browse(@AuthenticationPrincipal KesosUser user, @Valid @ModelAttribute("query") AuditQuery query,
            BindingResult binding, Model model, HttpServletResponse response) {
        model.addAttribute("actions", AuditAction.values());
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("page", new Page<>(List.of(), 0, PAGE_SIZE, 0));
            return "access/audit";
        }
        boolean root = units.find(user.unitId()).map(unit -> unit.parentId() == null).orElse(false);
        var filter = new AuditFilter(query.from(), query.to(), query.actor(), query.action(), query.entityType(),
                query.entityId(), root ? null : units.unitIds(user.scope()));
        int page = query.page() == null ? 0 : Math.max(query.page(), 0);
        model.addAttribute("page", audit.search(filter, page, PAGE_SIZE));
        return "access/audit";
    }
}
