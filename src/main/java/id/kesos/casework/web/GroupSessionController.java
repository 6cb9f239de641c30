package id.kesos.casework.web;

import id.kesos.access.KesosUser;
import id.kesos.casework.GroupSessions;
import id.kesos.casework.Stage;
import id.kesos.casework.StageForm;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.FormSubmission;
import id.kesos.platform.KesosClock;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording one group session for several cases of the user's units. */
@Controller
class GroupSessionController {

    private final GroupSessions groupSessions;

    GroupSessionController(GroupSessions groupSessions) {
        this.groupSessions = groupSessions;
    }

    /** A new group session of today, by the group work method. */
    @GetMapping("/cases/group-sessions/new")
    String form(@AuthenticationPrincipal KesosUser user, Model model) {
        model.addAttribute("form", new GroupSessionForm(Map.of("session_date",
                LocalDate.now(KesosClock.ZONE).toString(), "method", "GROUP_WORK")));
        return page(user, model);
    }

    @PostMapping("/cases/group-sessions")
    String record(@AuthenticationPrincipal KesosUser user, @ModelAttribute("form") GroupSessionForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            return FormSubmission.submit(binding, response, () -> {
                groupSessions.record(user, form.getValues(), form.attendees());
                redirect.addFlashAttribute("message", "casework.group.recorded");
                return "redirect:/cases";
            }).orElseGet(() -> page(user, model));
        } catch (WorkflowViolation e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("violation", e);
            return page(user, model);
        }
    }

    private String page(KesosUser user, Model model) {
        model.addAttribute("fields", StageForm.of(Stage.PELAKSANAAN).entryFields());
        model.addAttribute("choices", groupSessions.choices(user));
        return "casework/group-session";
    }
}
