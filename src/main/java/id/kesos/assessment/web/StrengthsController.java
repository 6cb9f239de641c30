package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import id.kesos.assessment.Editable;
import id.kesos.assessment.Strengths;
import id.kesos.assessment.StrengthsQuadrants;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The strengths quadrant of a case: the figure, its four fields to fill with the client, downloads. */
@Controller
class StrengthsController {

    private final StrengthsQuadrants quadrants;

    StrengthsController(StrengthsQuadrants quadrants) {
        this.quadrants = quadrants;
    }

    @GetMapping("/cases/{id}/strengths")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        Editable<Strengths> strengths = quadrants.read(user, id);
        model.addAttribute("form", StrengthsForm.of(strengths.value()));
        return page(strengths, model);
    }

    @PostMapping("/cases/{id}/strengths")
    String save(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("form") StrengthsForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (FigureSaves.saved(() -> quadrants.save(user, id, form.getVersion(), form.getFields()), binding, model,
                response)) {
            redirect.addFlashAttribute("message", "assessment.strengths.saved");
            return "redirect:/cases/" + id + "/strengths";
        }
        return page(quadrants.read(user, id), model);
    }


    private String page(Editable<Strengths> strengths, Model model) {
        model.addAttribute("strengths", strengths.value());
        model.addAttribute("editable", strengths.editable());
        model.addAttribute("figure", quadrants.draw(strengths.value()));
        return "assessment/strengths";
    }
}
