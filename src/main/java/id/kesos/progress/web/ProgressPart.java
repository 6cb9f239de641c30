package id.kesos.progress.web;

import id.kesos.casework.CaseView;
import id.kesos.casework.Stage;
import id.kesos.casework.StagePart;
import id.kesos.progress.CaseProgress;
import id.kesos.progress.IndicatorOutcome;
import id.kesos.progress.Phase;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * Measured progress on a stage that takes measurements: on the plan the indicators are written and
 * the baseline taken, on the implementation the measurements during it, on the evaluation the post
 * measurement with the change from the baseline and the charts (also in the case report's 4.5).
 */
class ProgressPart implements StagePart {

    /** What the part's fragments show. */
    record Content(Phase phase, List<IndicatorOutcome> outcomes, ProgressCharts charts) {

        /** A value as the reader's language writes it, with at most two decimals; a dash when missing. */
        public String number(Double value, Locale locale) {
            return value == null ? "\u2013" : formatter(locale).format(value);
        }

        /** A change with its sign, e.g. +6 or -4. */
        public String change(Double value, Locale locale) {
            return value == null ? "\u2013" : (value > 0 ? "+" : "") + formatter(locale).format(value);
        }

        private static NumberFormat formatter(Locale locale) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format;
        }
    }

    private final Phase phase;
    private final CaseProgress progress;
    private final ProgressCharts charts;

    ProgressPart(Phase phase, CaseProgress progress, ProgressCharts charts) {
        this.phase = phase;
        this.progress = progress;
        this.charts = charts;
    }

    @Override
    public Stage stage() {
        return phase.stage();
    }

    @Override
    public String template() {
        return "progress/part";
    }

    @Override
    public Object content(CaseView kase) {
        return new Content(phase, progress.outcomes(kase.id()), charts);
    }
}
