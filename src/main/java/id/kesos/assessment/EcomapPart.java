package id.kesos.assessment;

import id.kesos.casework.CaseView;
import id.kesos.casework.Stage;
import id.kesos.casework.StagePart;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The ecomap on the assessment stage's page and in the report's assessment section. */
@Component
@Order(10)
class EcomapPart implements StagePart {

    private final Ecomaps ecomaps;

    EcomapPart(Ecomaps ecomaps) {
        this.ecomaps = ecomaps;
    }

    @Override
    public Stage stage() {
        return Stage.ASESMEN;
    }

    @Override
    public String template() {
        return "assessment/ecomap-part";
    }

    @Override
    public Object content(CaseView kase) {
        Ecomap ecomap = ecomaps.load(kase.id(), kase.initials());
        return new EcomapFigure(ecomap, ecomaps.draw(ecomap));
    }
}
