package id.kesos.casework.web;

import id.kesos.access.KesosUser;
import id.kesos.casework.CaseDocuments;
import id.kesos.casework.CaseView;
import id.kesos.casework.CaseWorklists;
import id.kesos.casework.Cases;
import id.kesos.casework.Profession;
import id.kesos.casework.Sensitivity;
import id.kesos.casework.ServiceBase;
import id.kesos.casework.Stage;
import id.kesos.casework.StageForm;
import id.kesos.casework.TeamRole;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.FormSubmission;
import id.kesos.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case screens: worklists, opening a case, the case page with its team, stages and timeline. */
@Controller
class CaseController {

    private static final int PAGE_SIZE = 25;

    private final Cases cases;
    private final CaseWorklists worklists;
    private final CaseDocuments documents;

    CaseController(Cases cases, CaseWorklists worklists, CaseDocuments documents) {
        this.documents = documents;
        this.cases = cases;
        this.worklists = worklists;
    }

    /** "My cases" by default; the unit's cases; a supervisor's view of the team's caseload. */
    @GetMapping("/cases")
    String list(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "mine") String view,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String shown = switch (view) {
            case "unit", "caseload" -> view;
            default -> "mine";
        };
        model.addAttribute("view", shown);
        switch (shown) {
            case "unit" -> model.addAttribute("page", worklists.unitCases(user, false, page, PAGE_SIZE));
            case "caseload" -> model.addAttribute("caseload", worklists.caseload(user));
            default -> model.addAttribute("cases", worklists.myCases(user));
        }
        return "casework/cases";
    }

    @GetMapping("/cases/new")
    String newCase(@RequestParam(required = false) Long person, @RequestParam(required = false) Long previous,
            Model model) {
        model.addAttribute("form", CaseForm.forPerson(person, previous));
        return showForm(model);
    }

    @PostMapping("/cases")
    String open(@AuthenticationPrincipal KesosUser user, @ModelAttribute("form") CaseForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.submit(binding, response, () -> {
            CaseView opened = cases.open(user, form.command());
            redirect.addFlashAttribute("message", "casework.case.opened");
            return "redirect:/cases/" + opened.id();
        }).orElseGet(() -> showForm(model));
    }

    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        CaseView view = cases.view(user, id);
        model.addAttribute("kase", view);
        if (!view.restricted()) {
            model.addAttribute("timeline", cases.timeline(user, id));
            model.addAttribute("workflow", view.workflow());
            model.addAttribute("documents", documents.printable(user, id));
            if (!view.closed()) {
                model.addAttribute("candidates", cases.candidates(user, id));
            }
        }
        model.addAttribute("teamRoles", TeamRole.values());
        model.addAttribute("professions", Profession.values());
        return "casework/case";
    }

    @PostMapping("/cases/{id}/team")
    String putMember(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(required = false) Long memberId, @RequestParam(required = false) TeamRole role,
            @RequestParam(required = false) Profession profession, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "casework.team.saved", () -> {
            if (memberId == null) {
                throw new InvalidInputException("memberId", "casework.team.invalid");
            }
            cases.putMember(user, id, memberId, role, profession);
        });
    }

    @PostMapping("/cases/{id}/team/{userId}/removal")
    String removeMember(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable long userId,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "casework.team.saved",
                () -> cases.removeMember(user, id, userId));
    }

    @PostMapping("/cases/{id}/termination")
    String terminateEarly(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "casework.case.terminatedEarly",
                () -> cases.terminateEarly(user, id, reason));
    }

    /** Runs a case action; a refused one shows the case page again with the reason and a 4xx. */
    private String act(KesosUser user, long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
            return "redirect:/cases/" + id;
        } catch (WorkflowViolation e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("violation", e);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        }
        return show(user, id, model);
    }

    private static String showForm(Model model) {
        model.addAttribute("serviceBases", ServiceBase.values());
        model.addAttribute("sensitivities", Sensitivity.values());
        model.addAttribute("referralSources", StageForm.of(Stage.AKSES)
                .field("referral_source").orElseThrow().options());
        return "casework/case-form";
    }
}
