package id.kesos.registry.web;

import id.kesos.access.KesosUser;
import id.kesos.registry.InactiveReason;
import id.kesos.registry.NikPolicy;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.PersonQuery;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import id.kesos.registry.Problem;
import id.kesos.registry.ProblemCode;
import id.kesos.registry.RegistryProblemsException;
import id.kesos.registry.Relationship;
import id.kesos.registry.RegistryEditors;
import id.kesos.registry.VerificationCycle;
import id.kesos.registry.VerificationStatus;
import id.kesos.registry.WelfareDecile;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry screens: search, the new-person form that looks for the person first, the record
 * with its history, changes, verification and deactivation.
 */
@Controller
class PersonController {

    private static final int PAGE_SIZE = 25;
    private static final String FORM = "registry/person-form";
    private static final List<String> RELIGIONS = List.of("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA",
            "KONGHUCU", "KEPERCAYAAN");
    private static final List<String> MARITAL = List.of("BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI");

    private final Persons persons;

    PersonController(Persons persons) {
        this.persons = persons;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/registry/persons")
    String search(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String region, @RequestParam(required = false) VerificationStatus status,
            @RequestParam(defaultValue = "false") boolean due, @RequestParam(defaultValue = "0") int page,
            Model model) {
        String text = q.length() > 150 ? q.substring(0, 150) : q;
        String regionCode = region.length() > 13 ? region.substring(0, 13) : region;
        boolean searched = !text.isBlank() || !regionCode.isBlank() || status != null || due;
        model.addAttribute("page", searched
                ? persons.search(user, new PersonQuery(text, regionCode, status, null, due), page, PAGE_SIZE)
                : null);
        model.addAttribute("q", text);
        model.addAttribute("region", regionCode);
        model.addAttribute("status", status);
        model.addAttribute("due", due);
        model.addAttribute("statuses", VerificationStatus.values());
        return "registry/persons";
    }

    @GetMapping("/registry/persons/new")
    String newPerson(Model model) {
        model.addAttribute("form", PersonForm.blank());
        return showForm(model, null, List.of());
    }

    @PostMapping("/registry/persons")
    String register(@AuthenticationPrincipal KesosUser user, @ModelAttribute("form") PersonForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!form.confirmed()) {
            List<PersonListItem> lookalikes = persons.lookalikes(user, form.input());
            if (!lookalikes.isEmpty()) {
                return showForm(model, null, lookalikes);
            }
        }
        try {
            PersonView created = persons.register(user, form.input(), "FORMULIR");
            redirect.addFlashAttribute("message", created.warnings().isEmpty()
                    ? "registry.person.created" : "registry.person.createdWithWarnings");
            return "redirect:/registry/persons/" + created.id();
        } catch (RegistryProblemsException e) {
            reject(binding, e.problems());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(model, null, List.of());
        }
    }

    @GetMapping("/registry/persons/{id}")
    String show(@AuthenticationPrincipal KesosUser user, @PathVariable long id, Model model) {
        PersonView person = persons.open(user, id);
        model.addAttribute("person", person);
        model.addAttribute("nik", NikPolicy.display(person.nik(), user.role()));
        model.addAttribute("history", persons.history(user, id).stream()
                .map(entry -> NikPolicy.showsFullNik(user.role()) ? entry : entry.withMaskedNik())
                .toList());
        model.addAttribute("reasons", InactiveReason.values());
        model.addAttribute("mayVerify", VerificationCycle.mayVerify(user));
        model.addAttribute("mayEdit", RegistryEditors.mayEdit(user));
        model.addAttribute("deciles", persons.deciles(user, id));
        model.addAttribute("decileSources", Persons.DECILE_SOURCES);
        return "registry/person";
    }

    /** The edit form; with {@code verification} it is the verifier's correction, which counts as verifying. */
    @GetMapping("/registry/persons/{id}/edit")
    String edit(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean verification, Model model) {
        if (verification && !VerificationCycle.mayVerify(user)) {
            throw new AccessDeniedException("role does not verify registry data");
        }
        PersonView person = persons.open(user, id);
        model.addAttribute("form", PersonForm.of(person));
        model.addAttribute("verification", verification);
        return showForm(model, person, List.of());
    }

    @PostMapping("/registry/persons/{id}")
    String update(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @ModelAttribute("form") PersonForm form, BindingResult binding,
            @RequestParam(defaultValue = "false") boolean verification, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PersonView person = persons.open(user, id);
        try {
            if (form.version() == null) {
                throw new RegistryProblemsException(List.of(new Problem(ProblemCode.STALE_VERSION, null)));
            }
            if (verification) {
                PersonView saved = persons.correct(user, id, form.input(), form.version());
                redirect.addFlashAttribute("message", saved.verificationStatus() == VerificationStatus.CORRECTED
                        ? "registry.verification.markedCorrected" : "registry.verification.markedVerified");
                return "redirect:" + VerificationController.PATH;
            }
            PersonView saved = persons.update(user, id, form.input(), form.version(), "FORMULIR");
            redirect.addFlashAttribute("message", saved.warnings().isEmpty()
                    ? "registry.person.saved" : "registry.person.savedWithWarnings");
            return "redirect:/registry/persons/" + id;
        } catch (RegistryProblemsException e) {
            reject(binding, e.problems());
            boolean stale = e.problems().stream().anyMatch(p -> p.code() == ProblemCode.STALE_VERSION);
            response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("verification", verification);
            return showForm(model, person, List.of());
        }
    }

    @PostMapping("/registry/persons/{id}/deciles")
    String recordDecile(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam(defaultValue = "") String decile, @RequestParam(defaultValue = "") String receivedOn,
            @RequestParam(defaultValue = "") String source, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            persons.recordDecile(user, id, WelfareDecile.parse(decile, receivedOn, source));
            redirect.addFlashAttribute("message", "registry.decile.saved");
            return "redirect:/registry/persons/" + id;
        } catch (RegistryProblemsException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("decileProblem", ProblemCode.DECILE_INVALID.messageKey());
            return show(user, id, model);
        }
    }

    @PostMapping("/registry/persons/{id}/verification")
    String verify(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam VerificationOutcome outcome, RedirectAttributes redirect) {
        persons.verify(user, id, outcome.status());
        redirect.addFlashAttribute("message", "registry.person.verified");
        return "redirect:/registry/persons/" + id;
    }

    @PostMapping("/registry/persons/{id}/deactivation")
    String deactivate(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @RequestParam InactiveReason reason, RedirectAttributes redirect) {
        persons.deactivate(user, id, reason);
        redirect.addFlashAttribute("message", "registry.person.deactivated");
        return "redirect:/registry/persons/" + id;
    }

    /** What a verifier may conclude; deceased or moved persons are deactivated instead. */
    enum VerificationOutcome {
        VERIFIED, CORRECTED;

        VerificationStatus status() {
            return VerificationStatus.valueOf(name());
        }
    }

    private static void reject(BindingResult binding, List<Problem> problems) {
        for (Problem problem : problems) {
            if (problem.field() == null) {
                binding.reject(problem.code().messageKey());
            } else {
                binding.rejectValue(PersonForm.field(problem.field()), problem.code().messageKey());
            }
        }
    }

    private String showForm(Model model, PersonView person, List<PersonListItem> lookalikes) {
        model.addAttribute("person", person);
        model.addAttribute("lookalikes", lookalikes);
        model.addAttribute("relationships", Arrays.stream(Relationship.values()).map(Enum::name).toList());
        model.addAttribute("religions", RELIGIONS);
        model.addAttribute("maritalStatuses", MARITAL);
        return FORM;
    }
}
