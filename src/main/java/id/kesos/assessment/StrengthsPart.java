package id.kesos.assessment;

import id.kesos.casework.CaseView;
import id.kesos.casework.Stage;
import id.kesos.casework.StagePart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The strengths quadrant on the assessment stage's page and in the report's assessment section. */
@Component
@Order(30)
class StrengthsPart implements StagePart {

    private final StrengthsQuadrants quadrants;

    StrengthsPart(StrengthsQuadrants quadrants) {
        this.quadrants = quadrants;
    }

    @Override
    public Stage stage() {
        return Stage.ASESMEN;
    }

    @Override
    public String template() {
        return "assessment/strengths-part";
    }

    @Override
    public Object content(CaseView kase) {
        Strengths strengths = quadrants.load(kase.id(), kase.initials());
        return new StrengthsFigure(strengths, quadrants.draw(strengths));
    }
}
