package id.kesos.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageFormTest {

    private final StageForm assessment = StageForm.of(Stage.ASESMEN);

    @Test
    void theAssessmentCannotBeCompletedWithoutAShortSummaryOfEachBpssAspect() {
        for (String aspect : StageForm.BPSS) {
            assertThat(assessment.field(aspect + "_summary")).get()
                    .satisfies(summary -> assertThat(summary.required()).isTrue())
                    .satisfies(summary -> assertThat(summary.kind()).isEqualTo(FieldKind.TEXT));
            assertThat(assessment.field(aspect)).get().satisfies(text -> assertThat(text.required()).isTrue());
        }
    }

    @Test
    void eachBpssAspectHasItsStructuredFieldsUnderItsOwnHeading() {
        assertThat(assessment.aspectFields("biological")).extracting(StageField::key)
                .containsExactly("bio_health", "bio_disability", "bio_daily_living");
        assertThat(assessment.aspectFields("psychological")).extracting(StageField::key)
                .containsExactly("psy_emotion", "psy_self_esteem", "psy_cognition");
        assertThat(assessment.aspectFields("social")).extracting(StageField::key)
                .containsExactly("soc_family", "soc_peers", "soc_community");
        assertThat(assessment.aspectFields("spiritual")).extracting(StageField::key)
                .containsExactly("spi_practice", "spi_community");
        assertThat(assessment.sectionAt("bio_health")).isEqualTo("casework.section.biological");
        assertThat(assessment.sectionAt("spi_practice")).isEqualTo("casework.section.spiritual");
        assertThat(assessment.sectionAt("biological")).isNull();
        assertThat(StageForm.of(Stage.RENCANA).sectionAt("general_goal")).isNull();
    }
}
