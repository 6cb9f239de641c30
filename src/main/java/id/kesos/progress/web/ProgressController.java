package id.kesos.progress.web;

import id.kesos.access.KesosUser;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import id.kesos.casework.StageAccess;
import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.FormSubmission;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.Downloads;
import id.kesos.platform.SvgImages;
import id.kesos.progress.CaseProgress;
import id.kesos.progress.IndicatorKind;
import id.kesos.progress.IndicatorOutcome;
import id.kesos.progress.Instruments;
import id.kesos.progress.Measuring;
import id.kesos.progress.Phase;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * A case's measured progress: the plan's indicators, the measurements of each phase, the charts.
 * A saved form goes back to the stage page; a form with bad input is shown again with its
 * messages (400); a step the workflow refuses, such as writing into a stage that is done, shows why (409).
 */
@Controller
class ProgressController {

    private final CaseProgress progress;
    private final Instruments instruments;
    private final Cases cases;
    private final ProgressCharts charts;

    ProgressController(CaseProgress progress, Instruments instruments, Cases cases, ProgressCharts charts) {
        this.progress = progress;
        this.instruments = instruments;
        this.cases = cases;
        this.charts = charts;
    }

    @GetMapping("/cases/{id}/progress/indicators/new")
    String newIndicator(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", IndicatorForm.blank());
        return indicatorPage(user, id, model);
    }

    @PostMapping("/cases/{id}/progress/indicators")
    String addIndicator(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("form") IndicatorForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, Stage.RENCANA, model, response, () -> FormSubmission.submit(binding, response, () -> {
            progress.addIndicator(user, id, form.draft());
            return saved(redirect, id, Stage.RENCANA, "progress.indicator.added");
        }).orElseGet(() -> indicatorPage(user, id, model)));
    }

    @PostMapping("/cases/{id}/progress/indicators/{indicator}/removal")
    String removeIndicator(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable long indicator, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, Stage.RENCANA, model, response, () -> {
            progress.removeIndicator(user, id, indicator);
            return saved(redirect, id, Stage.RENCANA, "progress.indicator.removed");
        });
    }

    @GetMapping("/cases/{id}/progress/indicators/{indicator}/measurements/new")
    String newMeasurement(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable long indicator, @RequestParam Phase phase, Model model) {
        Measuring measuring = progress.measuring(user, id, indicator, phase);
        MeasureForm form = new MeasureForm();
        if (measuring.instrument() != null) {
            form.setVersionId(measuring.instrument().current().id());
        }
        model.addAttribute("form", form);
        model.addAttribute("measuring", measuring);
        return "progress/measure";
    }

    @PostMapping("/cases/{id}/progress/indicators/{indicator}/measurements")
    String measure(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable long indicator,
            @RequestParam Phase phase, @ModelAttribute("form") MeasureForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(id, phase.stage(), model, response, () -> FormSubmission.submit(binding, response, () -> {
            if (form.getVersionId() != null) {
                progress.take(user, id, indicator, phase, form.getVersionId(), form.getMeasuredOn(),
                        form.getAnswers(), form.getNote());
            } else {
                progress.count(user, id, indicator, phase, form.getMeasuredOn(), form.getValue(), form.getNote());
            }
            return saved(redirect, id, phase.stage(), "progress.measurement.saved");
        }).orElseGet(() -> measurePage(user, id, indicator, phase, model)));
    }

    @PostMapping("/cases/{id}/progress/measurements/{measurement}/removal")
    String removeMeasurement(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable long measurement, @RequestParam Phase phase, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return attempt(id, phase.stage(), model, response, () -> {
            progress.removeMeasurement(user, id, measurement);
            return saved(redirect, id, phase.stage(), "progress.measurement.removed");
        });
    }

    @GetMapping(value = "/cases/{id}/progress/indicators/{indicator}/chart.svg")
    ResponseEntity<byte[]> chartSvg(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable long indicator, Locale locale) {
        IndicatorOutcome outcome = progress.outcome(user, id, indicator);
        if (outcome.measurements().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return download(id, indicator, "svg", MediaType.valueOf("image/svg+xml"),
                charts.svg(outcome, locale).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/cases/{id}/progress/indicators/{indicator}/chart.png")
    ResponseEntity<byte[]> chartPng(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable long indicator, Locale locale) {
        IndicatorOutcome outcome = progress.outcome(user, id, indicator);
        if (outcome.measurements().isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return download(id, indicator, "png", MediaType.IMAGE_PNG, SvgImages.png(charts.figure(outcome, locale)));
    }

    private String indicatorPage(KesosUser user, long id, Model model) {
        StageAccess access = cases.stageAccess(user, id, Stage.RENCANA);
        model.addAttribute("access", access);
        model.addAttribute("instruments", instruments.all());
        model.addAttribute("kinds", IndicatorKind.values());
        return "progress/indicator-form";
    }

    private String measurePage(KesosUser user, long id, long indicator, Phase phase, Model model) {
        model.addAttribute("measuring", progress.measuring(user, id, indicator, phase));
        return "progress/measure";
    }

    /** Runs a step; one the workflow refuses, or one refused whole outside a form, shows why. */
    private static String attempt(long id, Stage stage, Model model, HttpServletResponse response,
            Supplier<String> step) {
        try {
            return step.get();
        } catch (WorkflowViolation e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("violation", e);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problems", e.problems());
        }
        model.addAttribute("caseId", id);
        model.addAttribute("stage", stage);
        return "progress/refused";
    }

    private static String saved(RedirectAttributes redirect, long id, Stage stage, String message) {
        redirect.addFlashAttribute("message", message);
        return "redirect:/cases/" + id + "/stages/" + stage.slug();
    }

    private static ResponseEntity<byte[]> download(long id, long indicator, String extension, MediaType type,
            byte[] body) {
        return Downloads.of("kasus-" + id + "-indikator-" + indicator + "." + extension, type, body, true);
    }
}
