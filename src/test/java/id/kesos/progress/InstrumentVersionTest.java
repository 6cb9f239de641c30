package id.kesos.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kesos.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstrumentVersionTest {

    private static final List<AnswerOption> FOUR_POINTS = List.of(new AnswerOption(1, "Tidak pernah", 1),
            new AnswerOption(2, "Jarang", 2), new AnswerOption(3, "Sering", 3), new AnswerOption(4, "Selalu", 4));

    /** Two aspects of two items each; item 2 is worded against the direction ("I am shy to ask"). */
    private static InstrumentVersion version(Scoring scoring) {
        return new InstrumentVersion(1, 1, 1, scoring, Direction.HIGHER_BETTER, List.of(
                new Item(1, "Saya yakin dengan kemampuan saya", "Kemampuan pribadi", false),
                new Item(2, "Saya malu bertanya", "Kemampuan pribadi", true),
                new Item(3, "Saya dapat memulai pembicaraan", "Interaksi sosial", false),
                new Item(4, "Saya mau terbuka", "Interaksi sosial", false)), FOUR_POINTS);
    }

    @Test
    void sumsTheValuesAndCountsAReversedItemFromTheOtherEnd() {
        // "Selalu" (4) on the reversed item "shy to ask" counts as 1.
        Score score = version(Scoring.SUM).score(Map.of(1, 3, 2, 4, 3, 2, 4, 1));

        assertThat(score.total()).isEqualTo(3 + 1 + 2 + 1);
        assertThat(score.aspects()).containsExactly(Map.entry("Kemampuan pribadi", 4.0),
                Map.entry("Interaksi sosial", 3.0));
        assertThat(score.of("Interaksi sosial")).isEqualTo(3.0);
        assertThat(score.of(null)).isEqualTo(7.0);
    }

    @Test
    void averagesTheValuesForTheWholeAndForEachAspect() {
        Score score = version(Scoring.MEAN).score(Map.of(1, 4, 2, 1, 3, 2, 4, 3));

        assertThat(score.total()).isEqualTo((4 + 4 + 2 + 3) / 4.0);
        assertThat(score.of("Kemampuan pribadi")).isEqualTo(4.0);
        assertThat(score.of("Interaksi sosial")).isEqualTo(2.5);
    }

    @Test
    void refusesTheWholeFormNamingEveryItemLeftOpenOrAnsweredOffTheScale() {
        assertThatThrownBy(() -> version(Scoring.SUM).score(Map.of(1, 3, 3, 9)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("answers[2]", "answers[3]", "answers[4]"));
    }

    @Test
    void refusesAnAnswerToAnItemTheVersionDoesNotHave() {
        assertThatThrownBy(() -> version(Scoring.SUM).score(Map.of(1, 3, 2, 4, 3, 2, 4, 1, 14, 3)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("progress.answer.unknown"));
    }

    @Test
    void knowsTheLowestAndHighestScoreOfTheWholeAndOfAnAspect() {
        assertThat(version(Scoring.SUM).min(null)).isEqualTo(4);
        assertThat(version(Scoring.SUM).max(null)).isEqualTo(16);
        assertThat(version(Scoring.SUM).max("Interaksi sosial")).isEqualTo(8);
        assertThat(version(Scoring.MEAN).max(null)).isEqualTo(4);
        assertThat(version(Scoring.MEAN).min("Kemampuan pribadi")).isEqualTo(1);
    }

    @Test
    void aDraftChangesAVersionOnlyWhenItsContentDiffers() {
        InstrumentVersion version = version(Scoring.SUM);
        InstrumentDraft same = draft(Scoring.SUM, Direction.HIGHER_BETTER, "Saya mau terbuka");

        assertThat(same.changes(version)).isFalse();
        assertThat(draft(Scoring.MEAN, Direction.HIGHER_BETTER, "Saya mau terbuka").changes(version)).isTrue();
        assertThat(draft(Scoring.SUM, Direction.LOWER_BETTER, "Saya mau terbuka").changes(version)).isTrue();
        assertThat(draft(Scoring.SUM, Direction.HIGHER_BETTER, "Saya mau terbuka kepada orang baru").changes(version))
                .isTrue();
    }

    @Test
    void aDraftNamesEachBadRowAndRefusesTwoAnswersOfTheSameValue() {
        InstrumentDraft draft = new InstrumentDraft("kpd", "Nama", "Kepercayaan diri", null, Scoring.SUM,
                Direction.HIGHER_BETTER, List.of(new InstrumentDraft.ItemDraft("Teks", " ", false)),
                List.of(new InstrumentDraft.OptionDraft("Ya", 1), new InstrumentDraft.OptionDraft("Tidak", 1)));

        assertThat(draft.code()).isEqualTo("KPD");
        assertThat(draft.problems()).extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("items[0].aspect", "progress.value.required"),
                        org.assertj.core.groups.Tuple.tuple("options[1].value", "progress.instrument.option.duplicate"));
    }

    private static InstrumentDraft draft(Scoring scoring, Direction direction, String lastItem) {
        return new InstrumentDraft("KPD", "Kepercayaan diri", "Kepercayaan diri", null, scoring, direction, List.of(
                new InstrumentDraft.ItemDraft("Saya yakin dengan kemampuan saya", "Kemampuan pribadi", false),
                new InstrumentDraft.ItemDraft("Saya malu bertanya", "Kemampuan pribadi", true),
                new InstrumentDraft.ItemDraft("Saya dapat memulai pembicaraan", "Interaksi sosial", false),
                new InstrumentDraft.ItemDraft(lastItem, "Interaksi sosial", false)),
                FOUR_POINTS.stream().map(o -> new InstrumentDraft.OptionDraft(o.label(), o.value())).toList());
    }
}
