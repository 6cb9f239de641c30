package id.kesos.progress.web;

import id.kesos.progress.Direction;
import id.kesos.progress.IndicatorDraft;
import id.kesos.progress.IndicatorKind;
import id.kesos.progress.TargetKind;
import java.math.BigDecimal;

/** The form for a success indicator of the plan. */
record IndicatorForm(IndicatorKind kind, Long instrumentId, String aspect, String behaviour, String unit,
        Direction direction, TargetKind targetKind, BigDecimal target) {

    static IndicatorForm blank() {
        return new IndicatorForm(IndicatorKind.INSTRUMENT, null, null, null, null, Direction.HIGHER_BETTER,
                TargetKind.LEVEL, null);
    }

    IndicatorDraft draft() {
        return new IndicatorDraft(kind, instrumentId, aspect, behaviour, unit, direction, targetKind, target);
    }
}
