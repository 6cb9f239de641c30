package id.kesos.casework;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The parts other modules add to stages (see {@link StagePart}), in their order. */
@Component
public class StageParts {

    private final List<StagePart> parts;

    StageParts(ObjectProvider<StagePart> parts) {
        this.parts = parts.orderedStream().toList();
    }

    /** The stage's parts with their content, for a case the caller has checked the user holds. */
    public List<StagePart.Shown> of(Stage stage, CaseView kase) {
        return parts.stream()
                .filter(part -> part.stage() == stage)
                .map(part -> new StagePart.Shown(part.template(), part.content(kase)))
                .toList();
    }

    /** The parts of these stages with their content, for a paper that prints them. */
    public Map<Stage, List<StagePart.Shown>> of(Set<Stage> stages, CaseView kase) {
        Map<Stage, List<StagePart.Shown>> shown = new EnumMap<>(Stage.class);
        for (Stage stage : stages) {
            shown.put(stage, of(stage, kase));
        }
        return shown;
    }
}
