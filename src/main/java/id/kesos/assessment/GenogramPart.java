package id.kesos.assessment;

import id.kesos.casework.CaseView;
import id.kesos.casework.Stage;
import id.kesos.casework.StagePart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The genogram on the assessment stage's page and in the report's assessment section. */
@Component
@Order(20)
class GenogramPart implements StagePart {

    private final Genograms genograms;

    GenogramPart(Genograms genograms) {
        this.genograms = genograms;
    }

    @Override
    public Stage stage() {
        return Stage.ASESMEN;
    }

    @Override
    public String template() {
        return "assessment/genogram-part";
    }

    @Override
    public Object content(CaseView kase) {
        CaseGenogram genogram = genograms.load(kase.id(), kase.initials());
        return new GenogramFigure(genogram, genograms.draw(genogram.genogram()));
    }
}
