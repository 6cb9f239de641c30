package id.kesos.assessment;

import id.kesos.access.KesosUser;
import id.kesos.assessment.drawing.EcomapDrawing;
import id.kesos.assessment.internal.EcomapTable;
import id.kesos.casework.StageAccess;
import id.kesos.platform.Svg;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ecomaps of cases: read and saved under the assessment stage's access rules (see
 * {@link CaseFigures}), drawn as figures.
 */
@Service
public class Ecomaps implements CaseFigure {

    static final String FIGURE = "ECOMAP";

    private final CaseFigures figures;
    private final EcomapTable table;
    private final FigureWords words;

    Ecomaps(CaseFigures figures, EcomapTable table, FigureWords words) {
        this.figures = figures;
        this.table = table;
        this.words = words;
    }

    /** The case's ecomap, with whether the user may change it now. */
    @Transactional
    public Editable<Ecomap> read(KesosUser user, long caseId) {
        StageAccess access = figures.open(user, caseId, "ecomap");
        return new Editable<>(load(caseId, access.initials()), access.editable());
    }

    @Override
    public String slug() {
        return "ecomap";
    }

    @Override
    @Transactional
    public DrawnFigure figure(KesosUser user, long caseId) {
        return figures.download(user, caseId, "ecomap", initials -> draw(load(caseId, initials)));
    }

    /**
     * Saves the systems in place of the earlier ones, whole or not at all. Rows left empty are
     * skipped; every problem of every row is reported at once.
     *
     * @param version the version the form was filled from (0 for an ecomap never saved)
     */
    @Transactional
    public void save(KesosUser user, long caseId, int version, List<EcomapSystemInput> rows) {
        List<EcomapSystem> systems = check(rows);
        figures.save(user, caseId, FIGURE, version, "Ecomap", systems.size() + " sistem",
                () -> table.replace(caseId, systems));
    }

    /** The ecomap drawn, in Indonesian like the papers. */
    public Svg draw(Ecomap ecomap) {
        return EcomapDrawing.draw(ecomap, words);
    }

    Ecomap load(long caseId, String initials) {
        return figures.stamp(caseId, FIGURE)
                .map(stamp -> new Ecomap(caseId, initials, table.systems(caseId), stamp.version(), stamp.updatedBy(),
                        stamp.updatedAt()))
                .orElseGet(() -> new Ecomap(caseId, initials, List.of(), 0, null, null));
    }

    private static List<EcomapSystem> check(List<EcomapSystemInput> rows) {
        InputProblems problems = new InputProblems();
        List<EcomapSystem> systems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            EcomapSystemInput row = rows.get(i);
            if (row == null || row.blank()) {
                continue;
            }
            String path = "systems[" + i + "].";
            String name = problems.text(path + "name", row.name(), 80, true);
            SystemKind kind = problems.choice(path + "kind", row.kind(), SystemKind.class);
            RelationStrength strength = problems.choice(path + "strength", row.strength(), RelationStrength.class);
            EnergyFlow flow = problems.choice(path + "flow", row.flow(), EnergyFlow.class);
            String note = problems.text(path + "note", row.note(), 500, false);
            systems.add(new EcomapSystem(name, kind, strength, flow, note));
        }
        if (systems.size() > Ecomap.MAX_SYSTEMS) {
            problems.add(null, "assessment.ecomap.tooMany", Ecomap.MAX_SYSTEMS);
        }
        problems.throwIfAny();
        return systems;
    }
}
