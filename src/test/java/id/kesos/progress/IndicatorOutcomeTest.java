package id.kesos.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorOutcomeTest {

    private static Indicator indicator(Direction direction, TargetKind targetKind, double target) {
        return new Indicator(1, 7, IndicatorKind.BEHAVIOUR, null, null, null, "Bertanya kepada orang lain",
                "kali per minggu", direction, targetKind, target);
    }

    private static List<Measurement> measurements(Object... phaseAndValue) {
        List<Measurement> list = new ArrayList<>();
        for (int i = 0; i < phaseAndValue.length; i += 2) {
            list.add(new Measurement(i, 1, (Phase) phaseAndValue[i], LocalDate.of(2024, 9, 1).plusWeeks(i),
                    ((Number) phaseAndValue[i + 1]).doubleValue(), null, null, "peksos", null));
        }
        return list;
    }

    @Test
    void aRiseIsBetterWhenHigherIsBetterAndReachesALevelAtOrAboveTheTarget() {
        IndicatorOutcome outcome = IndicatorOutcome.of(indicator(Direction.HIGHER_BETTER, TargetKind.LEVEL, 36),
                measurements(Phase.BASELINE, 28, Phase.DURING, 33, Phase.POST, 38), null);

        assertThat(outcome.baseline()).isEqualTo(28);
        assertThat(outcome.post()).isEqualTo(38);
        assertThat(outcome.change()).isEqualTo(10);
        assertThat(outcome.improvement()).isEqualTo(10);
        assertThat(outcome.percent()).isCloseTo(35.71, org.assertj.core.data.Offset.offset(0.01));
        assertThat(outcome.verdict()).isEqualTo(Verdict.BETTER);
        assertThat(outcome.targetLevel()).isEqualTo(36);
        assertThat(outcome.reached()).isTrue();
    }

    @Test
    void aRiseIsWorseWhenLowerIsBetter() {
        IndicatorOutcome outcome = IndicatorOutcome.of(indicator(Direction.LOWER_BETTER, TargetKind.LEVEL, 2),
                measurements(Phase.BASELINE, 3, Phase.POST, 5), null);

        assertThat(outcome.change()).isEqualTo(2);
        assertThat(outcome.improvement()).isEqualTo(-2);
        assertThat(outcome.verdict()).isEqualTo(Verdict.WORSE);
        assertThat(outcome.reached()).isFalse();
    }

    @Test
    void anImprovementTargetLiesBeyondTheBaselineInTheBetterDirection() {
        IndicatorOutcome down = IndicatorOutcome.of(indicator(Direction.LOWER_BETTER, TargetKind.IMPROVEMENT, 3),
                measurements(Phase.BASELINE, 10, Phase.POST, 7), null);
        IndicatorOutcome shortOf = IndicatorOutcome.of(indicator(Direction.HIGHER_BETTER, TargetKind.IMPROVEMENT, 5),
                measurements(Phase.BASELINE, 10, Phase.POST, 14), null);

        assertThat(down.targetLevel()).isEqualTo(7);
        assertThat(down.reached()).isTrue();
        assertThat(shortOf.targetLevel()).isEqualTo(15);
        assertThat(shortOf.reached()).isFalse();
        assertThat(shortOf.verdict()).isEqualTo(Verdict.BETTER);
    }

    @Test
    void readsAPhaseMeasuredSeveralTimesAsItsMean() {
        IndicatorOutcome outcome = IndicatorOutcome.of(indicator(Direction.HIGHER_BETTER, TargetKind.LEVEL, 4),
                measurements(Phase.BASELINE, 1, Phase.BASELINE, 2, Phase.BASELINE, 2, Phase.POST, 4, Phase.POST, 5),
                null);

        assertThat(outcome.baseline()).isEqualTo(1.67);
        assertThat(outcome.post()).isEqualTo(4.5);
        assertThat(outcome.change()).isCloseTo(2.83, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void judgesNothingWhileTheBaselineOrThePostIsMissing() {
        IndicatorOutcome noPost = IndicatorOutcome.of(indicator(Direction.HIGHER_BETTER, TargetKind.IMPROVEMENT, 2),
                measurements(Phase.BASELINE, 3, Phase.DURING, 4), null);
        IndicatorOutcome noBaseline = IndicatorOutcome.of(indicator(Direction.HIGHER_BETTER, TargetKind.IMPROVEMENT, 2),
                measurements(Phase.POST, 6), null);

        assertThat(noPost.change()).isNull();
        assertThat(noPost.verdict()).isNull();
        assertThat(noPost.reached()).isNull();
        assertThat(noPost.targetLevel()).isEqualTo(5);
        assertThat(noBaseline.targetLevel()).isNull();
        assertThat(noBaseline.reached()).isNull();
    }

    @Test
    void aBaselineOfZeroHasNoPercentage() {
        IndicatorOutcome outcome = IndicatorOutcome.of(indicator(Direction.HIGHER_BETTER, TargetKind.LEVEL, 3),
                measurements(Phase.BASELINE, 0, Phase.POST, 3), null);

        assertThat(outcome.change()).isEqualTo(3);
        assertThat(outcome.percent()).isNull();
        assertThat(outcome.verdict()).isEqualTo(Verdict.BETTER);
    }
}
