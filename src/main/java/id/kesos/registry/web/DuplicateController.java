package id.kesos.registry.web;

import id.kesos.access.KesosUser;
import id.kesos.registry.DuplicatePair;
import id.kesos.registry.Duplicates;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.Persons;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review of probable duplicates: side by side, merged into one or marked distinct. */
@Controller
class DuplicateController {

    private static final int PAGE_SIZE = 25;

    private final Duplicates duplicates;
    private final Persons persons;

    DuplicateController(Duplicates duplicates, Persons persons) {
        this.duplicates = duplicates;
        this.persons = persons;
    }

    @GetMapping("/registry/duplicates")
    String list(@AuthenticationPrincipal KesosUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        List<DuplicatePair> pairs = duplicates.open(user, page, PAGE_SIZE);
        List<Long> ids = pairs.stream().flatMap(pair -> Stream.of(pair.aId(), pair.bId())).distinct().toList();
        Map<Long, PersonListItem> people = persons.items(user, ids).stream()
                .collect(Collectors.toMap(PersonListItem::id, Function.identity()));
        model.addAttribute("pairs", pairs);
        model.addAttribute("people", people);
        model.addAttribute("pageNumber", Math.max(page, 0));
        model.addAttribute("hasNext", pairs.size() == PAGE_SIZE);
        return "registry/duplicates";
    }

    @PostMapping("/registry/duplicates/{a}/{b}/merge")
    String merge(@AuthenticationPrincipal KesosUser user, @PathVariable long a, @PathVariable long b,
            @RequestParam long keep, RedirectAttributes redirect) {
        duplicates.merge(user, a, b, keep);
        redirect.addFlashAttribute("message", "registry.duplicates.merged");
        return "redirect:/registry/persons/" + keep;
    }

    @PostMapping("/registry/duplicates/{a}/{b}/distinct")
    String distinct(@AuthenticationPrincipal KesosUser user, @PathVariable long a, @PathVariable long b,
            RedirectAttributes redirect) {
        duplicates.markDistinct(user, a, b);
        redirect.addFlashAttribute("message", "registry.duplicates.distinct");
        return "redirect:/registry/duplicates";
    }
}
