package id.kesos.casework.web;

import id.kesos.access.KesosUser;
import id.kesos.casework.CaseDocuments;
import id.kesos.casework.CaseReach;
import id.kesos.casework.CaseView;
import id.kesos.casework.CaseWorklists;
import id.kesos.casework.Cases;
import id.kesos.casework.Profession;
import id.kesos.casework.ReferralKind;
import id.kesos.casework.ReferralRequest;
import id.kesos.casework.Referrals;
import id.kesos.casework.Sensitivity;
import id.kesos.casework.ServiceBase;
import id.kesos.casework.Stage;
import id.kesos.casework.StageForm;
import id.kesos.casework.TeamRole;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.FormSubmission;
import id.kesos.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case screens: worklists, opening a case, the case page with its team, stages, referrals and
 * timeline. The unit holding a case refers it and revokes referrals from the case page; the
 * receiving unit decides on them and records their outcome in its referral worklist.
 */
@Controller
class CaseController {

    private static final int PAGE_SIZE = 25;

    private final Cases cases;
    private final CaseWorklists worklists;
    private final Referrals referrals;
    private final CaseDocuments documents;

    CaseController(Cases cases, CaseWorklists worklists, Referrals referrals, CaseDocuments documents) {
        this.documents = documents;
        this.cases = cases;
        this.worklists = worklists;
        this.referrals = referrals;
    }

    /** "My cases" by default; the unit's cases; a supervisor's view of the team's caseload; referrals in and out. */
    @GetMapping("/cases")
    String list(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "mine") String view,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String shown = switch (view) {
            case "unit", "caseload", "referrals" -> view;
            default -> "mine";
        };
        model.addAttribute("view", shown);
        switch (shown) {
            case "unit" -> model.addAttribute("page", worklists.unitCases(user, false, page, PAGE_SIZE));
            case "caseload" -> model.addAttribute("caseload", worklists.caseload(user));
            case "referrals" -> {
                model.addAttribute("incoming", referrals.incoming(user));
                model.addAttribute("outgoing", referrals.outgoing(user));
            }
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
            if (view.reach() != CaseReach.SERVICE_PARTNER) {
                model.addAttribute("timeline", cases.timeline(user, id));
            }
            model.addAttribute("workflow", view.workflow());
            model.addAttribute("documents", view.held() ? documents.printable(user, id) : List.of());
            if (view.held() && !view.closed()) {
                model.addAttribute("candidates", cases.candidates(user, id));
            }
            model.addAttribute("referrals", referrals.ofCase(user, id));
            model.addAttribute("receivers", referrals.receivers(user, id));
            model.addAttribute("referralKinds", ReferralKind.values());
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

    @PostMapping("/cases/{id}/referrals")
    String refer(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(required = false) Long toUnitId, @RequestParam(required = false) ReferralKind kind,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String consentOverride,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ReferralRequest request = new ReferralRequest(toUnitId, kind, purpose, consentOverride);
        model.addAttribute("referral", request);
        return act(user, id, model, response, redirect, "casework.referral.sent",
                () -> referrals.request(user, id, request));
    }

    @PostMapping("/cases/{id}/referrals/{referralId}/revocation")
    String revokeReferral(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable long referralId, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(user, id, model, response, redirect, "casework.referral.revoked",
                () -> referrals.revoke(user, referralId, version, reason));
    }

    /** The receiving unit accepts (and goes to the case) or rejects (and stays on its referrals). */
    @PostMapping("/cases/referrals/{referralId}/decision")
    String decideReferral(@AuthenticationPrincipal KesosUser user, @PathVariable long referralId,
            @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean accept = decision.equals("accept");
        return attempt(response, redirect, accept ? "casework.referral.accepted" : "casework.referral.rejected",
                model, () -> {
                    long caseId = referrals.decide(user, referralId, version, accept, comment);
                    return accept ? "redirect:/cases/" + caseId : "redirect:/cases?view=referrals";
                }, () -> list(user, "referrals", 0, model));
    }

    @PostMapping("/cases/referrals/{referralId}/outcome")
    String finishReferral(@AuthenticationPrincipal KesosUser user, @PathVariable long referralId,
            @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String outcome,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(response, redirect, "casework.referral.finished", model, () -> {
            referrals.finish(user, referralId, version, outcome);
            return "redirect:/cases?view=referrals";
        }, () -> list(user, "referrals", 0, model));
    }

    /** Runs a case action; a refused one shows the case page again with the reason and a 4xx. */
    private String act(KesosUser user, long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String done, Runnable action) {
        return attempt(response, redirect, done, model, () -> {
            action.run();
            return "redirect:/cases/" + id;
        }, () -> show(user, id, model));
    }

    /**
     * Runs an action and follows its redirect; a refused one shows {@code page} again with the
     * reason: 409 for the workflow or a stale version, 400 for bad input.
     */
    private static String attempt(HttpServletResponse response, RedirectAttributes redirect, String done, Model model,
            Supplier<String> action, Supplier<String> page) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("message", done);
            return target;
        } catch (WorkflowViolation e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("violation", e);
        } catch (InvalidInputException e) {
            boolean stale = e.problems().stream().anyMatch(p -> p.messageKey().startsWith("casework.stale"));
            response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", e.problems());
        }
        return page.get();
    }

    private static String showForm(Model model) {
        model.addAttribute("serviceBases", ServiceBase.values());
        model.addAttribute("sensitivities", Sensitivity.values());
        model.addAttribute("referralSources", StageForm.of(Stage.AKSES)
                .field("referral_source").orElseThrow().options());
        return "casework/case-form";
    }
}
