package id.kesos.progress.web;

import id.kesos.access.KesosUser;
import id.kesos.platform.FormSubmission;
import id.kesos.platform.InvalidInputException;
import id.kesos.progress.Direction;
import id.kesos.progress.Instrument;
import id.kesos.progress.Instruments;
import id.kesos.progress.Scoring;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' screens of instruments (under {@code /admin}, which only administrators
 * reach): the list, one instrument with its versions, and the form that adds or changes one.
 */
@Controller
class InstrumentController {

    private static final int MORE_ITEM_ROWS = 5;
    private static final int MORE_OPTION_ROWS = 2;

    private final Instruments instruments;

    InstrumentController(Instruments instruments) {
        this.instruments = instruments;
    }

    @GetMapping("/admin/instruments")
    String list(Model model) {
        model.addAttribute("instruments", instruments.all());
        return "progress/instruments";
    }

    @GetMapping("/admin/instruments/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("instrument", instruments.get(id));
        model.addAttribute("history", instruments.history(id));
        return "progress/instrument";
    }

    @GetMapping("/admin/instruments/new")
    String newInstrument(Model model) {
        model.addAttribute("form", InstrumentForm.blank());
        return form(model, null);
    }

    @GetMapping("/admin/instruments/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Instrument instrument = instruments.get(id);
        model.addAttribute("form", InstrumentForm.of(instrument));
        return form(model, instrument);
    }

    /**
     * A form naming a row far beyond the table (items[100000]): binding the form's record gives
     * up with this exception before any handler runs, so it is the form's fault, not the server's.
     */
    @ExceptionHandler(IndexOutOfBoundsException.class)
    String unreadableForm(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("status", HttpServletResponse.SC_BAD_REQUEST);
        return "error";
    }

    @PostMapping("/admin/instruments")
    String create(@AuthenticationPrincipal KesosUser user, @ModelAttribute("form") InstrumentForm form,
            BindingResult binding, @RequestParam(required = false) String more, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (more != null) {
            return moreRows(form, model, null);
        }
        return FormSubmission.submit(binding, response, () -> {
            Instrument created = onRows(form, () -> instruments.create(user, form.draft()));
            redirect.addFlashAttribute("message", "progress.instrument.created");
            return "redirect:/admin/instruments/" + created.id();
        }).orElseGet(() -> form(model, null));
    }

    @PostMapping("/admin/instruments/{id}")
    String save(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("form") InstrumentForm form, BindingResult binding,
            @RequestParam(required = false) String more, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Instrument before = instruments.get(id);
        if (more != null) {
            return moreRows(form, model, before);
        }
        return FormSubmission.submit(binding, response, () -> {
            if (form.version() == null) {
                throw new InvalidInputException(null, "progress.instrument.stale");
            }
            Instrument saved = onRows(form, () -> instruments.save(user, id, form.version(), form.draft()));
            redirect.addFlashAttribute("message", saved.current().number() > before.current().number()
                    ? "progress.instrument.newVersion" : "progress.instrument.saved");
            redirect.addFlashAttribute("messageArg", saved.current().number());
            return "redirect:/admin/instruments/" + id;
        }).orElseGet(() -> form(model, before));
    }

    private String moreRows(InstrumentForm form, Model model, Instrument instrument) {
        model.addAttribute("form", form.withEmptyRows(MORE_ITEM_ROWS, MORE_OPTION_ROWS));
        return form(model, instrument);
    }

    private static Instrument onRows(InstrumentForm form, java.util.function.Supplier<Instrument> save) {
        try {
            return save.get();
        } catch (InvalidInputException e) {
            throw form.onRows(e);
        }
    }

    private static String form(Model model, Instrument instrument) {
        model.addAttribute("instrument", instrument);
        model.addAttribute("scorings", Scoring.values());
        model.addAttribute("directions", Direction.values());
        return "progress/instrument-form";
    }
}
