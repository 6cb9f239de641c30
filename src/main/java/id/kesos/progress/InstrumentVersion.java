package id.kesos.progress;

import id.kesos.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one version of an instrument asks and how it scores. Its answers are read against it for
 * as long as the measurements taken with it are kept, so it never changes once taken.
 *
 * @param number  1 for the first version of the instrument
 * @param items   in their order on the form
 * @param options the answer scale, in its order on the form
 */
public record InstrumentVersion(long id, long instrumentId, int number, Scoring scoring, Direction direction,
        List<Item> items, List<AnswerOption> options) {

    public InstrumentVersion {
        items = List.copyOf(items);
        options = List.copyOf(options);
    }

    /** The aspects in the order their first items come. */
    public List<String> aspects() {
        return items.stream().map(Item::aspect).distinct().toList();
    }

    /**
     * The score of a form filled in: every item answered with one of the scale's options.
     *
     * @param answers the chosen option's position by item position
     * @throws InvalidInputException naming every item left unanswered or answered with no option of the scale,
     *     and refusing an answer to an item the version does not have
     */
    public Score score(Map<Integer, Integer> answers) {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        Map<String, List<Integer>> byAspect = new LinkedHashMap<>();
        aspects().forEach(aspect -> byAspect.put(aspect, new ArrayList<>()));
        for (Item item : items) {
            Integer chosen = answers.get(item.position());
            AnswerOption option = chosen == null ? null : option(chosen);
            if (option == null) {
                problems.add(new InvalidInputException.Problem("answers[" + item.position() + "]",
                        "progress.answer.missing", item.position()));
            } else {
                byAspect.get(item.aspect()).add(counted(item, option));
            }
        }
        if (answers.keySet().stream().anyMatch(position -> items.stream().noneMatch(i -> i.position() == position))) {
            problems.add(new InvalidInputException.Problem(null, "progress.answer.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Double> aspects = new LinkedHashMap<>();
        byAspect.forEach((aspect, values) -> aspects.put(aspect, scoring.combine(values)));
        return new Score(scoring.combine(byAspect.values().stream().flatMap(List::stream).toList()), aspects);
    }

    /** The lowest score possible, of the whole or (named) of one aspect. */
    public double min(String aspect) {
        return scoring.uniform(itemCount(aspect), lowestValue());
    }

    /** The highest score possible, of the whole or (named) of one aspect. */
    public double max(String aspect) {
        return scoring.uniform(itemCount(aspect), highestValue());
    }

    private int counted(Item item, AnswerOption option) {
        return item.reversed() ? lowestValue() + highestValue() - option.value() : option.value();
    }

    private AnswerOption option(int position) {
        return options.stream().filter(o -> o.position() == position).findFirst().orElse(null);
    }

    private int itemCount(String aspect) {
        return (int) items.stream().filter(item -> aspect == null || item.aspect().equals(aspect)).count();
    }

    private int lowestValue() {
        return options.stream().mapToInt(AnswerOption::value).min().orElse(0);
    }

    private int highestValue() {
        return options.stream().mapToInt(AnswerOption::value).max().orElse(0);
    }
}
