package id.kesos.access.web;

import id.kesos.access.ApiTokens;
import id.kesos.access.IssuedToken;
import id.kesos.access.KesosUser;
import id.kesos.access.UserAccounts;
import id.kesos.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: their account, a new password, and personal API tokens. */
@Controller
class ProfileController {

    static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 365, 0);

    private final UserAccounts users;
    private final ApiTokens tokens;

    ProfileController(UserAccounts users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal KesosUser user, Model model) {
        return show(user, model);
    }

    @PostMapping("/profile/password")
    String changePassword(@AuthenticationPrincipal KesosUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new InvalidInputException("confirmPassword", "password.mismatch");
            }
            users.changeOwnPassword(user.id(), currentPassword, newPassword);
            redirect.addFlashAttribute("message", "profile.passwordChanged");
            return "redirect:/profile";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            InvalidInputException.Problem problem = e.problems().get(0);
            model.addAttribute("passwordField", problem.field());
            model.addAttribute("passwordProblem", problem.messageKey());
            return show(user, model);
        }
    }

    @PostMapping("/profile/tokens")
    String createToken(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "90") String validDays, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            IssuedToken issued = tokens.issue(user.id(), name, validity(validDays));
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            redirect.addFlashAttribute("message", "token.created");
            return "redirect:/profile";
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            InvalidInputException.Problem problem = e.problems().get(0);
            model.addAttribute("tokenProblem", problem.messageKey());
            return show(user, model);
        }
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal KesosUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user.id(), id);
        redirect.addFlashAttribute("message", "token.revoked");
        return "redirect:/profile";
    }

    private String show(KesosUser user, Model model) {
        model.addAttribute("account", users.get(user.scope(), user.id()));
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("validityDays", VALIDITY_DAYS);
        return "access/profile";
    }

    static Duration validity(String days) {
        try {
            int value = Integer.parseInt(days.strip());
            if (!VALIDITY_DAYS.contains(value)) {
                throw new InvalidInputException("validDays", "token.validity.invalid");
            }
            return value == 0 ? null : Duration.ofDays(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("validDays", "token.validity.invalid");
        }
    }
}
