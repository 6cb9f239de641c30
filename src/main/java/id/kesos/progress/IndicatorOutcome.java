package id.kesos.progress;

import java.util.List;
import java.util.OptionalDouble;

/**
 * An indicator with its measurements and what the evaluation reads from them. The value of a phase
 * is the mean of its measurements (a single measurement: its value), so a baseline counted over
 * several weeks is read as its average week.
 *
 * @param measurements in date order
 * @param scale        the instrument's possible scores, or null for a count
 * @param baseline     the baseline value, or null before it is measured
 * @param post         the post value, or null before it is measured
 * @param change       post minus baseline, or null while either is missing
 * @param improvement  the change in the better direction (negative: worse), or null
 * @param percent      the change relative to the baseline, or null (also for a baseline of 0)
 * @param verdict      better, unchanged or worse, or null while not comparable
 * @param targetLevel  the level the target asks for (for an improvement: beyond the baseline), or null
 * @param reached      the post value reaches the target level, or null while either is missing
 */
public record IndicatorOutcome(Indicator indicator, List<Measurement> measurements, Scale scale, Double baseline,
        Double post, Double change, Double improvement, Double percent, Verdict verdict, Double targetLevel,
        Boolean reached) {

    public IndicatorOutcome {
        measurements = List.copyOf(measurements);
    }

    public static IndicatorOutcome of(Indicator indicator, List<Measurement> measurements, Scale scale) {
        Direction direction = indicator.direction();
        Double baseline = mean(measurements, Phase.BASELINE);
        Double post = mean(measurements, Phase.POST);
        boolean compared = baseline != null && post != null;
        Double change = compared ? post - baseline : null;
        Double improvement = compared ? direction.improvement(baseline, post) : null;
        Double percent = compared && baseline != 0 ? change / Math.abs(baseline) * 100 : null;
        Verdict verdict = improvement == null ? null
                : improvement > 0 ? Verdict.BETTER : improvement < 0 ? Verdict.WORSE : Verdict.UNCHANGED;
        Double level = indicator.targetKind() == TargetKind.LEVEL ? Double.valueOf(indicator.target())
                : baseline == null ? null : direction.beyond(baseline, indicator.target());
        Boolean reached = post == null || level == null ? null : direction.reaches(post, level);
        return new IndicatorOutcome(indicator, measurements, scale, baseline, post, change, improvement, percent,
                verdict, level, reached);
    }

    /** The measurements of one phase, in date order. */
    public List<Measurement> of(Phase phase) {
        return measurements.stream().filter(m -> m.phase() == phase).toList();
    }

    private static Double mean(List<Measurement> measurements, Phase phase) {
        OptionalDouble mean = measurements.stream().filter(m -> m.phase() == phase)
                .mapToDouble(Measurement::value).average();
        return mean.isPresent() ? Math.round(mean.getAsDouble() * 100) / 100.0 : null;
    }
}
