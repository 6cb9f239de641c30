package id.kesos.progress;

import id.kesos.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An instrument as an administrator writes it: its name and what it measures, and the content of
 * its current version. Items and options are numbered by their order here.
 */
public record InstrumentDraft(String code, String name, String measures, String description, Scoring scoring,
        Direction direction, List<ItemDraft> items, List<OptionDraft> options) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");

    public record ItemDraft(String text, String aspect, boolean reversed) {}

    public record OptionDraft(String label, Integer value) {}

    public InstrumentDraft {
        code = Input.trim(code) == null ? null : Input.trim(code).toUpperCase(Locale.ROOT);
        name = Input.trim(name);
        measures = Input.trim(measures);
        description = Input.trim(description);
        items = items == null ? List.of() : items.stream()
                .map(i -> new ItemDraft(Input.trim(i.text()), Input.trim(i.aspect()), i.reversed())).toList();
        options = options == null ? List.of() : options.stream()
                .map(o -> new OptionDraft(Input.trim(o.label()), o.value())).toList();
    }

    /** The version's content as a version holds it, numbered from 1. */
    List<Item> numberedItems() {
        List<Item> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            numbered.add(new Item(i + 1, items.get(i).text(), items.get(i).aspect(), items.get(i).reversed()));
        }
        return numbered;
    }

    List<AnswerOption> numberedOptions() {
        List<AnswerOption> numbered = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            numbered.add(new AnswerOption(i + 1, options.get(i).label(), options.get(i).value()));
        }
        return numbered;
    }

    /** True when the version's content (not the name) differs from the version's. */
    boolean changes(InstrumentVersion version) {
        return scoring != version.scoring() || direction != version.direction()
                || !numberedItems().equals(version.items()) || !numberedOptions().equals(version.options());
    }

    /** Every rule the draft breaks, next to its field; empty when it may be saved. */
    List<InvalidInputException.Problem> problems() {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(problem("code", "progress.instrument.code.invalid"));
        }
        Input.text(problems, "name", name, 200, true);
        Input.text(problems, "measures", measures, 200, true);
        Input.text(problems, "description", description, 2000, false);
        if (scoring == null) {
            problems.add(problem("scoring", "progress.value.required"));
        }
        if (direction == null) {
            problems.add(problem("direction", "progress.value.required"));
        }
        if (items.isEmpty()) {
            problems.add(problem(null, "progress.instrument.items.none"));
        }
        for (int i = 0; i < items.size(); i++) {
            Input.text(problems, "items[" + i + "].text", items.get(i).text(), 500, true);
            Input.text(problems, "items[" + i + "].aspect", items.get(i).aspect(), 100, true);
        }
        if (options.size() < 2) {
            problems.add(problem(null, "progress.instrument.options.few"));
        }
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Input.text(problems, "options[" + i + "].label", options.get(i).label(), 100, true);
            Integer value = options.get(i).value();
            if (value == null) {
                problems.add(problem("options[" + i + "].value", "progress.value.required"));
            } else if (!values.add(value)) {
                problems.add(problem("options[" + i + "].value", "progress.instrument.option.duplicate"));
            }
        }
        return problems;
    }

    private static InvalidInputException.Problem problem(String field, String key, Object... args) {
        return new InvalidInputException.Problem(field, key, args);
    }
}
