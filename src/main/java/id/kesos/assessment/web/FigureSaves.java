package id.kesos.assessment.web;

import id.kesos.casework.WorkflowViolation;
import id.kesos.platform.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** A figure editor's save: done, or refused with the reason shown on the form again. */
final class FigureSaves {

    private FigureSaves() {}

    /**
     * Runs the save, unless the form could not be read (a version that is no number). When it is
     * refused, puts the reason on the form (a bad value next to its
     * field, a stale form or a closed stage at the top) with a 400 or 409, and answers false.
     */
    static boolean saved(Runnable save, BindingResult binding, Model model, HttpServletResponse response) {
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return false;
        }
        try {
            save.run();
            return true;
        } catch (WorkflowViolation e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("violation", e);
        } catch (InvalidInputException e) {
            e.applyTo(binding);
            boolean stale = e.problems().stream().anyMatch(p -> p.messageKey().equals("assessment.stale"));
            response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        }
        return false;
    }
}
