package id.kesos.casework.web;

import id.kesos.access.KesosUser;
import id.kesos.casework.CaseAttachments;
import id.kesos.casework.CaseDocuments;
import id.kesos.casework.CaseView;
import id.kesos.casework.Cases;
import id.kesos.casework.SessionRecord;
import id.kesos.casework.Stage;
import id.kesos.casework.StageDetail;
import id.kesos.casework.StageEntry;
import id.kesos.casework.StageParts;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A stage of a case: its form, its records, and the workflow's steps (complete or ask for
 * approval, approve or reject, skip). A refused step shows the page again with the reason.
 */
@Controller
class StageController {

    private final Cases cases;
    private final CaseAttachments attachments;
    private final CaseDocuments documents;
    private final StageParts parts;

    StageController(Cases cases, CaseAttachments attachments, CaseDocuments documents, StageParts parts) {
        this.cases = cases;
        this.attachments = attachments;
        this.documents = documents;
        this.parts = parts;
    }

    @GetMapping("/cases/{id}/stages/{slug}")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            @RequestParam(required = false) Long entry, Model model) {
        Stage stage = stage(slug);
        StageDetail detail = cases.stage(user, id, stage);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ValuesForm(detail.values(), detail.view().version()));
        }
        if (!model.containsAttribute("entryForm")) {
            StageEntry edited = entry == null ? null : detail.entries().stream()
                    .filter(e -> e.id() == entry).findFirst().orElseThrow(() -> new NotFoundException("CASE_ENTRY", entry));
            model.addAttribute("entryForm", edited == null ? new ValuesForm()
                    : new ValuesForm(edited.values(), edited.version()));
            model.addAttribute("editedEntry", edited);
        }
        return page(user, id, detail, model);
    }

    @PostMapping("/cases/{id}/stages/{slug}")
    String save(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            @ModelAttribute("form") ValuesForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Stage stage = stage(slug);
        return attempt(user, id, stage, model, response, redirect, "casework.stage.saved", binding, () -> {
            if (form.getVersion() == null) {
                throw new InvalidInputException(null, "casework.stale.stage", "", "");
            }
            cases.saveStage(user, id, stage, form.getVersion(), form.getValues());
        });
    }

    @PostMapping("/cases/{id}/stages/{slug}/entries")
    String addEntry(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            @ModelAttribute("entryForm") ValuesForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Stage stage = stage(slug);
        return attempt(user, id, stage, model, response, redirect, "casework.entry.saved", binding,
                () -> cases.addEntry(user, id, stage, form.getValues()));
    }

    @PostMapping("/cases/{id}/stages/{slug}/entries/{entryId}")
    String updateEntry(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            @PathVariable long entryId, @ModelAttribute("entryForm") ValuesForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Stage stage = stage(slug);
        return attempt(user, id, stage, model, response, redirect, "casework.entry.saved", binding, () -> {
            if (form.getVersion() == null) {
                throw new InvalidInputException(null, "casework.stale.entry");
            }
            cases.updateEntry(user, id, entryId, form.getVersion(), form.getValues());
        });
    }

    @PostMapping("/cases/{id}/stages/{slug}/completion")
    String complete(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Stage stage = stage(slug);
        return attempt(user, id, stage, model, response, redirect, stage.needsApproval()
                ? "casework.stage.approvalRequested" : "casework.stage.completed", null,
                () -> cases.complete(user, id, stage));
    }

    @PostMapping("/cases/{id}/stages/{slug}/decision")
    String decide(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            @RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String comment,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Stage stage = stage(slug);
        boolean approve = decision.equals("approve");
        return attempt(user, id, stage, model, response, redirect,
                approve ? "casework.stage.approved" : "casework.stage.rejected", null, () -> {
                    if (approve) {
                        cases.approve(user, id, stage, comment);
                    } else {
                        cases.reject(user, id, stage, comment);
                    }
                });
    }

    @PostMapping("/cases/{id}/stages/{slug}/skip")
    String skip(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Stage stage = stage(slug);
        return attempt(user, id, stage, model, response, redirect, "casework.stage.skipped", null,
                () -> cases.skip(user, id, stage, reason));
    }

    /** A scan or photo for the stage; its type and size are checked before anything is stored. */
    @PostMapping("/cases/{id}/stages/{slug}/attachments")
    String attach(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String slug,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String description, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Stage stage = stage(slug);
        return attempt(user, id, stage, model, response, redirect, "casework.attachment.saved", null, () -> {
            try {
                attachments.attach(user, id, stage, file == null ? null : file.getOriginalFilename(), description,
                        file == null ? null : file.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Runs a step and goes back to the stage; a refused step shows the stage again with the
     * problems next to their fields, 409 for the workflow or a stale version, 400 for bad values.
     */
    private String attempt(KesosUser user, long id, Stage stage, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String done, BindingResult binding, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("message", done);
            return "redirect:/cases/" + id + "/stages/" + stage.slug();
        } catch (WorkflowViolation e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("violation", e);
        } catch (InvalidInputException e) {
            if (binding != null) {
                e.applyTo(binding);
            }
            model.addAttribute("problems", e.problems());
            boolean stale = e.problems().stream().allMatch(p -> p.field() == null)
                    && e.problems().stream().anyMatch(p -> p.messageKey().startsWith("casework.stale"));
            response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        }
        StageDetail detail = cases.stage(user, id, stage);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ValuesForm(detail.values(), detail.view().version()));
        }
        if (!model.containsAttribute("entryForm")) {
            model.addAttribute("entryForm", new ValuesForm());
        }
        return page(user, id, detail, model);
    }

    private String page(KesosUser user, long id, StageDetail detail, Model model) {
        CaseView kase = cases.view(user, id);
        model.addAttribute("kase", kase);
        model.addAttribute("detail", detail);
        model.addAttribute("workflow", kase.workflow());
        if (detail.view().stage() == Stage.PELAKSANAAN) {
            model.addAttribute("groupSessions", cases.sessions(user, id).stream().filter(SessionRecord::group).toList());
        }
        // Papers, attachments and other modules' parts show the holder's current work:
        // a unit that handed the case over or serves a referral reads none of them.
        model.addAttribute("attachments", !kase.held() ? List.of() : attachments.list(user, id).stream()
                .filter(a -> a.stage() == detail.view().stage()).toList());
        model.addAttribute("documents", !kase.held() ? List.of() : documents.printable(user, id).stream()
                .filter(d -> d.stage() == detail.view().stage()).toList());
        model.addAttribute("parts", !kase.held() ? List.of() : parts.of(detail.view().stage(), kase));
        return "casework/stage";
    }

    private static Stage stage(String slug) {
        Stage stage = Stage.ofSlug(slug);
        if (stage == null) {
            throw new NotFoundException("STAGE", slug);
        }
        return stage;
    }
}
