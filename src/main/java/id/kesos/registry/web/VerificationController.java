package id.kesos.registry.web;

import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.registry.DueQuery;
import id.kesos.registry.InactiveReason;
import id.kesos.registry.Persons;
import id.kesos.registry.VerificationStatus;
import id.kesos.registry.VerificationWorklist;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The verification worklist: who in the verifier's scope is due, oldest first, with a mark per
 * line. Corrections go through the person form ({@link PersonController}), which counts the save
 * as the verification and comes back here.
 */
@Controller
class VerificationController {

    static final String PATH = "/registry/verification";
    private static final int PAGE_SIZE = 25;
    /** A province, regency, district or village code: 33, 33.09, 33.09.11 or 33.09.11.2004. */
    private static final Pattern REGION = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");

    private final VerificationWorklist worklist;
    private final Persons persons;

    VerificationController(VerificationWorklist worklist, Persons persons) {
        this.worklist = worklist;
        this.persons = persons;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "") String region,
            @RequestParam(required = false) VerificationStatus status, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletResponse response) {
        String regionCode = region.strip();
        model.addAttribute("region", regionCode.length() > 13 ? regionCode.substring(0, 13) : regionCode);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VerificationStatus.values());
        model.addAttribute("reasons", VerificationWorklist.GONE);
        if (!regionCode.isEmpty() && !REGION.matcher(regionCode).matches()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("regionProblem", "registry.verification.regionInvalid");
            return "registry/verification";
        }
        model.addAttribute("page", worklist.due(user,
                new DueQuery(regionCode.isEmpty() ? null : regionCode, status), page, PAGE_SIZE));
        return "registry/verification";
    }

    @PostMapping(PATH + "/{id}/verified")
    String verified(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String region, @RequestParam(required = false) VerificationStatus status,
            @RequestParam(defaultValue = "0") int page, RedirectAttributes redirect) {
        persons.verify(user, id, VerificationStatus.VERIFIED);
        redirect.addFlashAttribute("message", "registry.verification.markedVerified");
        return "redirect:" + back(region, status, page);
    }

    @PostMapping(PATH + "/{id}/gone")
    String gone(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(required = false) InactiveReason reason, @RequestParam(defaultValue = "") String region,
            @RequestParam(required = false) VerificationStatus status, @RequestParam(defaultValue = "0") int page,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            worklist.markGone(user, id, reason);
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.problems().get(0).messageKey());
            return list(user, region, status, page, model, response);
        }
        redirect.addFlashAttribute("message", "registry.verification.markedGone");
        return "redirect:" + back(region, status, page);
    }

    /** The worklist as the verifier left it: same filters and page. */
    static String back(String region, VerificationStatus status, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (!region.isBlank()) {
            uri.queryParam("region", region.strip());
        }
        if (status != null) {
            uri.queryParam("status", status.name());
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
