package id.kesos.assessment;

import id.kesos.casework.Stage;
import id.kesos.casework.StagePart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The assessment's figures on the assessment stage's page and in the report's assessment section. */
@Configuration
class AssessmentParts {

    @Bean
    @Order(10)
    StagePart ecomapPart(Ecomaps ecomaps) {
        return StagePart.of(Stage.ASESMEN, "assessment/ecomap-part", kase -> {
            Ecomap ecomap = ecomaps.load(kase.id(), kase.initials());
            return new EcomapFigure(ecomap, ecomaps.draw(ecomap));
        });
    }

    @Bean
    @Order(20)
    StagePart genogramPart(Genograms genograms) {
        return StagePart.of(Stage.ASESMEN, "assessment/genogram-part", kase -> {
            CaseGenogram genogram = genograms.load(kase.id(), kase.initials());
            return new GenogramFigure(genogram, genograms.draw(genogram.genogram()));
        });
    }

    @Bean
    @Order(30)
    StagePart strengthsPart(StrengthsQuadrants quadrants) {
        return StagePart.of(Stage.ASESMEN, "assessment/strengths-part", kase -> {
            Strengths strengths = quadrants.load(kase.id(), kase.initials());
            return new StrengthsFigure(strengths, quadrants.draw(strengths));
        });
    }
}
