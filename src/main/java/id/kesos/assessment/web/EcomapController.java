package id.kesos.assessment.web;

import id.kesos.access.KesosUser;
import id.kesos.assessment.Ecomap;
import id.kesos.assessment.Ecomaps;
import id.kesos.assessment.Editable;
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

/**
 * The ecomap editor of a case: the figure as it stands, and a table of the systems around the
 * client to change it; the figure as SVG or PNG to download.
 */
@Controller
class EcomapController {

    private final Ecomaps ecomaps;

    EcomapController(Ecomaps ecomaps) {
        this.ecomaps = ecomaps;
    }

    @GetMapping("/cases/{id}/ecomap")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        Editable<Ecomap> ecomap = ecomaps.read(user, id);
        model.addAttribute("form", EcomapForm.of(ecomap.value()));
        return page(ecomap, model);
    }

    @PostMapping("/cases/{id}/ecomap")
    String save(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @ModelAttribute("form") EcomapForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (FigureSaves.saved(() -> ecomaps.save(user, id, form.getVersion(), form.inputs()), binding, model,
                response)) {
            redirect.addFlashAttribute("message", "assessment.ecomap.saved");
            return "redirect:/cases/" + id + "/ecomap";
        }
        return page(ecomaps.read(user, id), model);
    }

    /** More empty rows for a long ecomap; nothing is saved. */
    @PostMapping(path = "/cases/{id}/ecomap", params = "more")
    String more(@AuthenticationPrincipal KesosUser user, @PathVariable long id, @ModelAttribute("form") EcomapForm form,
            Model model) {
        form.addEmptyRows();
        return page(ecomaps.read(user, id), model);
    }


    private String page(Editable<Ecomap> ecomap, Model model) {
        model.addAttribute("ecomap", ecomap.value());
        model.addAttribute("editable", ecomap.editable());
        model.addAttribute("figure", ecomaps.draw(ecomap.value()));
        return "assessment/ecomap";
    }
}
