package id.kesos.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * The post/redirect/get step every form shares: save only a valid form, put the service's
 * problems next to their fields, and answer 400 (or 409 when only a stale version stands in the
 * way) so that the form is shown again with its messages.
 */
public final class FormSubmission {

    private FormSubmission() {}

    /** The redirect after a successful save, or empty when the form must be shown again. */
    public static Optional<String> submit(BindingResult binding, HttpServletResponse response, Supplier<String> save) {
        if (!binding.hasErrors()) {
            try {
                return Optional.of(save.get());
            } catch (InvalidInputException e) {
                e.applyTo(binding);
            }
        }
        response.setStatus(binding.hasGlobalErrors() && !binding.hasFieldErrors()
                ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
        return Optional.empty();
    }
}
