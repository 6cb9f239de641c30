package id.kesos.progress.web;

import id.kesos.platform.Svg;
import id.kesos.progress.IndicatorKind;
import id.kesos.progress.IndicatorOutcome;
import id.kesos.progress.internal.ProgressChart;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Draws indicators' charts with the words of the reader's language: a page's, or a paper's Indonesian. */
@Component
public class ProgressCharts {

    private final MessageSource messages;

    ProgressCharts(MessageSource messages) {
        this.messages = messages;
    }

    public Svg figure(IndicatorOutcome outcome, Locale locale) {
        return ProgressChart.draw(outcome, labels(outcome, locale), locale).svg();
    }

    /** The chart as SVG text for a page or a paper; empty for an indicator not measured yet. */
    public String svg(IndicatorOutcome outcome, Locale locale) {
        return outcome.measurements().isEmpty() ? "" : figure(outcome, locale).toString();
    }

    private ProgressChart.Labels labels(IndicatorOutcome outcome, Locale locale) {
        String axis = outcome.indicator().kind() == IndicatorKind.BEHAVIOUR ? outcome.indicator().unit()
                : text("progress.chart.score", locale);
        return new ProgressChart.Labels(text("progress.chart.title", locale, outcome.indicator().label()), axis,
                text("progress.phase.BASELINE", locale), text("progress.phase.DURING", locale),
                text("progress.phase.POST", locale), text("progress.chart.target", locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
