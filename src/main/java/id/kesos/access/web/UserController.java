package id.kesos.access.web;

import id.kesos.access.KesosUser;
import id.kesos.access.OrgUnits;
import id.kesos.access.PasswordPolicy;
import id.kesos.access.Role;
import id.kesos.access.UserAccounts;
import id.kesos.access.UserView;
import id.kesos.platform.FormSubmission;
import id.kesos.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** Users of the units in scope: everyone browses them; administrators create and change them. */
@Controller
class UserController {

    private static final String FORM = "access/user-form";
    private static final int PAGE_SIZE = 25;

    private final UserAccounts users;
    private final OrgUnits units;

    UserController(UserAccounts users, OrgUnits units) {
        this.users = users;
        this.units = units;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/users")
    String list(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", users.search(user.scope(), q, role, null, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", Role.values());
        return "access/users";
    }

    @GetMapping("/users/{id}")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        model.addAttribute("account", users.get(user.scope(), id));
        return "access/user";
    }

    @GetMapping("/admin/users/new")
    String newUser(@AuthenticationPrincipal KesosUser user, @RequestParam(required = false) Long unit, Model model) {
        long unitId = unit == null ? user.unitId() : units.get(user.scope(), unit).id();
        model.addAttribute("form", UserForm.blank(unitId));
        return showForm(user, model, null);
    }

    @PostMapping("/admin/users")
    String create(@AuthenticationPrincipal KesosUser user, @Valid @ModelAttribute("form") UserForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PasswordPolicy.problem(form.password(), form.username())
                .ifPresent(problem -> binding.rejectValue("password", problem));
        return FormSubmission.submit(binding, response, () -> {
            UserView created = users.create(user.scope(), form.newUser());
            redirect.addFlashAttribute("message", "user.created");
            return "redirect:/users/" + created.id();
        }).orElseGet(() -> showForm(user, model, null));
    }

    @GetMapping("/admin/users/{id}/edit")
    String edit(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        UserView account = users.get(user.scope(), id);
        model.addAttribute("form", UserForm.of(account));
        return showForm(user, model, account);
    }

    @PostMapping("/admin/users/{id}")
    String update(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        UserView account = users.get(user.scope(), id);
        if (form.version() == null) {
            binding.reject("form.staleVersion");
        }
        return FormSubmission.submit(binding, response, () -> {
            users.update(user.scope(), id, form.changes(), form.version());
            redirect.addFlashAttribute("message", "user.saved");
            return "redirect:/users/" + id;
        }).orElseGet(() -> showForm(user, model, account));
    }

    @PostMapping("/admin/users/{id}/active")
    String setActive(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        try {
            users.setActive(user.scope(), id, active, user.id());
            redirect.addFlashAttribute("message", active ? "user.activated" : "user.deactivated");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/users/" + id;
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@AuthenticationPrincipal KesosUser user, @PathVariable long id, RedirectAttributes redirect) {
        users.unlock(user.scope(), id);
        redirect.addFlashAttribute("message", "user.unlocked");
        return "redirect:/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String newPassword, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            users.resetPassword(user.scope(), id, newPassword);
            redirect.addFlashAttribute("message", "user.passwordReset");
            return "redirect:/users/" + id;
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("account", users.get(user.scope(), id));
            model.addAttribute("passwordProblem", e.problems().get(0).messageKey());
            return "access/user";
        }
    }

    private String showForm(KesosUser user, Model model, UserView account) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("units", units.list(user.scope(), ""));
        return FORM;
    }
}
