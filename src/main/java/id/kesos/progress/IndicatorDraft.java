package id.kesos.progress;

import id.kesos.platform.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A success indicator as the plan's author writes it. An instrument's indicator takes its better
 * direction from the instrument; a counted behaviour says its own.
 *
 * @param aspect blank for the instrument's total
 */
public record IndicatorDraft(IndicatorKind kind, Long instrumentId, String aspect, String behaviour, String unit,
        Direction direction, TargetKind targetKind, BigDecimal target) {

    private static final BigDecimal LIMIT = new BigDecimal("99999999");

    public IndicatorDraft {
        aspect = Input.trim(aspect);
        behaviour = Input.trim(behaviour);
        unit = Input.trim(unit);
    }

    /** The rules a draft breaks on its own, before the instrument it names is looked at. */
    List<InvalidInputException.Problem> problems() {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new InvalidInputException.Problem("kind", "progress.value.required"));
        } else if (kind == IndicatorKind.INSTRUMENT && instrumentId == null) {
            problems.add(new InvalidInputException.Problem("instrumentId", "progress.value.required"));
        } else if (kind == IndicatorKind.BEHAVIOUR) {
            Input.text(problems, "behaviour", behaviour, 300, true);
            Input.text(problems, "unit", unit, 100, true);
            if (direction == null) {
                problems.add(new InvalidInputException.Problem("direction", "progress.value.required"));
            }
        }
        if (targetKind == null) {
            problems.add(new InvalidInputException.Problem("targetKind", "progress.value.required"));
        }
        if (target == null) {
            problems.add(new InvalidInputException.Problem("target", "progress.value.required"));
        } else if (target.abs().compareTo(LIMIT) > 0 || target.scale() > 2) {
            problems.add(new InvalidInputException.Problem("target", "progress.number.invalid"));
        } else if (targetKind == TargetKind.IMPROVEMENT && target.signum() <= 0) {
            problems.add(new InvalidInputException.Problem("target", "progress.target.positive"));
        }
        return problems;
    }
}
