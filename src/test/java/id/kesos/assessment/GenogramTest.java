package id.kesos.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kesos.platform.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenogramTest {

    private static GenogramPerson person(String key, GenogramSex sex) {
        return new GenogramPerson(key, key, sex, null, null, false, false, false);
    }

    private static final List<GenogramPerson> FAMILY = List.of(person("kakek", GenogramSex.L),
            person("nenek", GenogramSex.P), person("ayah", GenogramSex.L), person("ibu", GenogramSex.P),
            person("anak", GenogramSex.P), person("anak2", GenogramSex.L));

    @Test
    void placesPartnersInOneGenerationAndMarriedInParentsJustAboveTheirChildren() {
        Genogram genogram = new Genogram(FAMILY,
                List.of(new Partnership("kakek", "nenek", PartnershipKind.MARRIAGE),
                        new Partnership("ayah", "ibu", PartnershipKind.DIVORCE)),
                List.of(new ChildLink("ayah", "kakek", "nenek", null), new ChildLink("anak", "ayah", "ibu", null),
                        new ChildLink("anak2", "ibu", null, ChildKind.ADOPTED)),
                List.of());

        assertThat(genogram.generations()).containsEntry("kakek", 0).containsEntry("nenek", 0)
                .containsEntry("ayah", 1).containsEntry("ibu", 1).containsEntry("anak", 2).containsEntry("anak2", 2);
        assertThat(genogram.parentsOf("anak2").orElseThrow().kind()).isEqualTo(ChildKind.ADOPTED);
    }

    @Test
    void refusesChildrenOfParentsWhoAreNotPartners() {
        assertRefused("parentsNotPartners", List.of(),
                List.of(new ChildLink("anak", "ayah", "ibu", ChildKind.BIOLOGICAL)), List.of());
    }

    @Test
    void refusesAPersonWhoDescendsFromThemself() {
        assertRefused("ancestry", List.of(new Partnership("ayah", "ibu", PartnershipKind.MARRIAGE)),
                List.of(new ChildLink("anak", "ayah", "ibu", null), new ChildLink("ayah", "anak", null, null)), List.of());
        assertRefused("ancestry", List.of(new Partnership("ayah", "anak", PartnershipKind.MARRIAGE)),
                List.of(new ChildLink("anak", "ayah", null, null)), List.of());
    }

    @Test
    void refusesTwinsOfDifferentParentsAndASecondFamilyOfOrigin() {
        assertRefused("twinsNotSiblings", List.of(),
                List.of(new ChildLink("anak", "ayah", null, null), new ChildLink("anak2", "ibu", null, null)),
                List.of(new Twins("anak", "anak2", false)));
        assertRefused("twoFamilies", List.of(),
                List.of(new ChildLink("anak", "ayah", null, null), new ChildLink("anak", "ibu", null, null)), List.of());
    }

    @Test
    void refusesTheSamePartnershipTwiceAndADeathBeforeBirth() {
        assertRefused("duplicatePartnership", List.of(new Partnership("ayah", "ibu", PartnershipKind.MARRIAGE),
                new Partnership("ibu", "ayah", PartnershipKind.DIVORCE)), List.of(), List.of());
        assertThatThrownBy(() -> new Genogram(List.of(new GenogramPerson("x", "x", GenogramSex.L, 1990, 1980, false, false, false)),
                List.of(), List.of(), List.of())).hasMessageContaining("assessment.genogram.error.years");
    }

    private static void assertRefused(String rule, List<Partnership> partnerships, List<ChildLink> children, List<Twins> twins) {
        assertThatThrownBy(() -> new Genogram(FAMILY, partnerships, children, twins))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("assessment.genogram.error." + rule));
    }
}
