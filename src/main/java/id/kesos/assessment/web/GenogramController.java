package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import id.kesos.assessment.CaseGenogram;
import id.kesos.assessment.Editable;
import id.kesos.assessment.Genogram;
import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.Genograms;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The genogram editor of a case: the figure as it stands, the persons with their parents, the
 * partnerships, and a form for each change (a person, a partnership, a child's parents). The
 * downloads go through {@link FigureController}.
 */
@Controller
class GenogramController {

    private final Genograms genograms;

    GenogramController(Genograms genograms) {
        this.genograms = genograms;
    }

    /** @param edit the key of a person whose form to fill, to change them */
    @GetMapping("/cases/{id}/genogram")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(required = false) String edit, Model model) {
        Editable<CaseGenogram> genogram = genograms.read(user, id);
        genogram.value().genogram().person(edit).ifPresent(person -> model.addAttribute("person",
                withVersion(GenogramForms.Person.of(person), genogram.value().version())));
        return page(genogram, model);
    }

    @PostMapping("/cases/{id}/genogram/start")
    String start(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("action") GenogramForms.Action form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saved(() -> genograms.start(user, id, form.getVersion()), user, id, binding, model, response, redirect);
    }

    @PostMapping("/cases/{id}/genogram/persons")
    String savePerson(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("person") GenogramForms.Person form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saved(() -> genograms.savePerson(user, id, form.getVersion(), form.input()), user, id, binding, model,
                response, redirect);
    }

    @PostMapping("/cases/{id}/genogram/persons/{key}/remove")
    String removePerson(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String key,
            @ModelAttribute("action") GenogramForms.Action form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saved(() -> genograms.removePerson(user, id, form.getVersion(), key), user, id, binding, model,
                response, redirect);
    }

    @PostMapping("/cases/{id}/genogram/partnerships")
    String savePartnership(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("partners") GenogramForms.Partners form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saved(() -> genograms.savePartnership(user, id, form.getVersion(), form.input()), user, id, binding,
                model, response, redirect);
    }

    @PostMapping("/cases/{id}/genogram/partnerships/{position}/remove")
    String removePartnership(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable int position, @ModelAttribute("action") GenogramForms.Action form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return saved(() -> genograms.removePartnership(user, id, form.getVersion(), position), user, id, binding,
                model, response, redirect);
    }

    @PostMapping("/cases/{id}/genogram/parents")
    String saveParents(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("parents") GenogramForms.Parents form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saved(() -> genograms.saveParents(user, id, form.getVersion(), form.input()), user, id, binding, model,
                response, redirect);
    }

    @PostMapping("/cases/{id}/genogram/parents/{child}/remove")
    String removeParents(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @PathVariable String child,
            @ModelAttribute("action") GenogramForms.Action form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return saved(() -> genograms.removeParents(user, id, form.getVersion(), child), user, id, binding, model,
                response, redirect);
    }

    /** Post/redirect/get after a change; a refused one shows the page again with the reason by its form. */
    private String saved(Runnable change, KesosUser user, long id, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (FigureSaves.saved(change, binding, model, response)) {
            redirect.addFlashAttribute("message", "assessment.genogram.saved");
            return "redirect:/cases/" + id + "/genogram";
        }
        return page(genograms.read(user, id), model);
    }

    private String page(Editable<CaseGenogram> editable, Model model) {
        CaseGenogram genogram = editable.value();
        int version = genogram.version();
        model.addAttribute("genogram", genogram);
        model.addAttribute("editable", editable.editable());
        model.addAttribute("figure", genograms.draw(genogram.genogram()));
        model.addAttribute("labels", labels(genogram.genogram()));
        if (!model.containsAttribute("person")) {
            model.addAttribute("person", withVersion(new GenogramForms.Person(), version));
        }
        if (!model.containsAttribute("partners")) {
            model.addAttribute("partners", withVersion(new GenogramForms.Partners(), version));
        }
        if (!model.containsAttribute("parents")) {
            model.addAttribute("parents", withVersion(new GenogramForms.Parents(), version));
        }
        if (!model.containsAttribute("action")) {
            model.addAttribute("action", withVersion(new GenogramForms.Action(), version));
        }
        return "assessment/genogram";
    }

    /** Each person as the editor's lists and choices name them: the name, and the birth year when known. */
    private static Map<String, String> labels(Genogram genogram) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (GenogramPerson person : genogram.persons()) {
            String name = person.name().isEmpty() ? "?" : person.name();
            labels.put(person.key(), person.birthYear() == null ? name : name + " (" + person.birthYear() + ")");
        }
        return labels;
    }

    private static <F extends GenogramForms.Action> F withVersion(F form, int version) {
        form.setVersion(version);
        return form;
    }
}
