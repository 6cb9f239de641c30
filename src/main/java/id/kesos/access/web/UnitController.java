package id.kesos.access.web;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnitView;
import id.kesos.access.OrgUnits;
import id.kesos.access.UnitType;
import id.kesos.access.UserAccounts;
import id.kesos.platform.FormSubmission;
import id.kesos.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation tree: everyone browses the units in their scope; administrators change them. */
@Controller
class UnitController {

    private static final String FORM = "access/unit-form";

    private final OrgUnits units;
    private final UserAccounts users;

    UnitController(OrgUnits units, UserAccounts users) {
        this.units = units;
        this.users = users;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/units")
    String list(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "") String q, Model model) {
        var list = units.list(user.scope(), q);
        int rootDepth = list.stream().mapToInt(OrgUnitView::depth).min().orElse(0);
        model.addAttribute("units", list);
        model.addAttribute("rootDepth", rootDepth);
        model.addAttribute("q", q);
        return "access/units";
    }

    @GetMapping("/units/{id}")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        OrgUnitView unit = units.get(user.scope(), id);
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", units.ancestors(unit).stream()
                .filter(ancestor -> user.scope().contains(ancestor.path())).toList());
        model.addAttribute("children", units.children(user.scope(), id));
        model.addAttribute("members", users.search(user.scope(), "", null, id, 0, 100).items());
        return "access/unit";
    }

    @GetMapping("/admin/units/new")
    String newUnit(@AuthenticationPrincipal KesosUser user, @RequestParam long parent, Model model) {
        OrgUnitView parentUnit = units.get(user.scope(), parent);
        UnitType first = parentUnit.type().childTypes().stream().findFirst().orElse(null);
        model.addAttribute("form", UnitForm.blank(first));
        return showForm(model, parentUnit, null);
    }

    @PostMapping("/admin/units")
    String create(@AuthenticationPrincipal KesosUser user, @RequestParam long parent,
            @Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OrgUnitView parentUnit = units.get(user.scope(), parent);
        return FormSubmission.submit(binding, response, () -> {
            OrgUnitView created = units.create(user.scope(), parent, form.command());
            redirect.addFlashAttribute("message", "unit.created");
            return "redirect:/units/" + created.id();
        }).orElseGet(() -> showForm(model, parentUnit, null));
    }

    @GetMapping("/admin/units/{id}/edit")
    String edit(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        OrgUnitView unit = units.get(user.scope(), id);
        model.addAttribute("form", UnitForm.of(unit));
        return showForm(model, null, unit);
    }

    @PostMapping("/admin/units/{id}")
    String update(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        OrgUnitView unit = units.get(user.scope(), id);
        if (form.version() == null) {
            binding.reject("form.staleVersion");
        }
        return FormSubmission.submit(binding, response, () -> {
            units.update(user.scope(), id, form.command(), form.version());
            redirect.addFlashAttribute("message", "unit.saved");
            return "redirect:/units/" + id;
        }).orElseGet(() -> showForm(model, null, unit));
    }

    @PostMapping("/admin/units/{id}/active")
    String setActive(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        try {
            units.setActive(user.scope(), id, active);
            redirect.addFlashAttribute("message", active ? "unit.activated" : "unit.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/units/" + id;
    }

    private String showForm(Model model, OrgUnitView parent, OrgUnitView unit) {
        model.addAttribute("parent", parent);
        model.addAttribute("unit", unit);
        model.addAttribute("types", parent == null ? new ArrayList<UnitType>()
                : new ArrayList<>(parent.type().childTypes()));
        return FORM;
    }
}
