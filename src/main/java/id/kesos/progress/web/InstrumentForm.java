package id.kesos.progress.web;

import id.kesos.platform.InvalidInputException;
import id.kesos.progress.Direction;
import id.kesos.progress.Instrument;
import id.kesos.progress.InstrumentDraft;
import id.kesos.progress.InstrumentVersion;
import id.kesos.progress.Scoring;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The administrator's form of an instrument and its current version's content. It shows a few
 * empty rows for new items and answers; rows left empty are not part of the instrument.
 */
record InstrumentForm(String code, String name, String measures, String description, Scoring scoring,
        Direction direction, List<ItemRow> items, List<OptionRow> options, Integer version) {

    private static final Pattern ROW_FIELD = Pattern.compile("^(items|options)\\[(\\d+)](.*)$");
    private static final int EMPTY_ITEMS = 3;
    private static final int EMPTY_OPTIONS = 1;

    record ItemRow(String text, String aspect, Boolean reversed) {

        boolean empty() {
            return blank(text) && blank(aspect);
        }
    }

    record OptionRow(String label, Integer value) {

        boolean empty() {
            return blank(label) && value == null;
        }
    }

    InstrumentForm {
        items = items == null ? List.of() : items;
        options = options == null ? List.of() : options;
    }

    static InstrumentForm blank() {
        return new InstrumentForm(null, null, null, null, Scoring.SUM, Direction.HIGHER_BETTER, List.of(), List.of(),
                null).withEmptyRows(5, 4);
    }

    static InstrumentForm of(Instrument instrument) {
        InstrumentVersion current = instrument.current();
        return new InstrumentForm(instrument.code(), instrument.name(), instrument.measures(), instrument.description(),
                current.scoring(), current.direction(),
                current.items().stream().map(i -> new ItemRow(i.text(), i.aspect(), i.reversed())).toList(),
                current.options().stream().map(o -> new OptionRow(o.label(), o.value())).toList(),
                instrument.version()).withEmptyRows(EMPTY_ITEMS, EMPTY_OPTIONS);
    }

    /** The same form with more empty rows to fill in. */
    InstrumentForm withEmptyRows(int itemRows, int optionRows) {
        return new InstrumentForm(code, name, measures, description, scoring, direction,
                Stream.concat(items.stream(), Stream.generate(() -> new ItemRow(null, null, false)).limit(itemRows))
                        .toList(),
                Stream.concat(options.stream(), Stream.generate(() -> new OptionRow(null, null)).limit(optionRows))
                        .toList(),
                version);
    }

    /** The instrument without the empty rows. */
    InstrumentDraft draft() {
        return new InstrumentDraft(code, name, measures, description, scoring, direction,
                items.stream().filter(row -> !row.empty())
                        .map(row -> new InstrumentDraft.ItemDraft(row.text(), row.aspect(),
                                Boolean.TRUE.equals(row.reversed())))
                        .toList(),
                options.stream().filter(row -> !row.empty())
                        .map(row -> new InstrumentDraft.OptionDraft(row.label(), row.value()))
                        .toList());
    }

    /**
     * The draft's problems put back on the form's rows: the draft counts only the rows filled in,
     * the form counts the empty ones between them too.
     */
    InvalidInputException onRows(InvalidInputException problems) {
        List<Integer> filledItems = filled(items.stream().map(ItemRow::empty).toList());
        List<Integer> filledOptions = filled(options.stream().map(OptionRow::empty).toList());
        return new InvalidInputException(problems.problems().stream().map(problem -> {
            Matcher row = problem.field() == null ? null : ROW_FIELD.matcher(problem.field());
            if (row == null || !row.matches()) {
                return problem;
            }
            List<Integer> rows = row.group(1).equals("items") ? filledItems : filledOptions;
            int index = rows.get(Integer.parseInt(row.group(2)));
            return new InvalidInputException.Problem(row.group(1) + "[" + index + "]" + row.group(3),
                    problem.messageKey(), problem.args());
        }).toList());
    }

    private static List<Integer> filled(List<Boolean> empty) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < empty.size(); i++) {
            if (!empty.get(i)) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
