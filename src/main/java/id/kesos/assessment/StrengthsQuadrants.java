package id.kesos.assessment;

import id.kesos.access.KesosUser;
import id.kesos.assessment.drawing.StrengthsDrawing;
import id.kesos.assessment.internal.StrengthsTable;
import id.kesos.casework.StageAccess;
import id.kesos.platform.Svg;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The strengths quadrants of cases, filled with the client during the assessment: read and saved
 * under the assessment stage's rules (see {@link CaseFigures}), drawn as figures.
 */
@Service
public class StrengthsQuadrants implements CaseFigure {

    static final String FIGURE = "STRENGTHS";

    private final CaseFigures figures;
    private final StrengthsTable table;
    private final FigureWords words;

    StrengthsQuadrants(CaseFigures figures, StrengthsTable table, FigureWords words) {
        this.figures = figures;
        this.table = table;
        this.words = words;
    }

    @Transactional
    public Editable<Strengths> read(KesosUser user, long caseId) {
        StageAccess access = figures.open(user, caseId, "kuadran-kekuatan");
        return new Editable<>(load(caseId, access.initials()), access.editable());
    }

    @Override
    public String slug() {
        return "strengths";
    }

    @Override
    @Transactional
    public DrawnFigure figure(KesosUser user, long caseId) {
        return figures.download(user, caseId, "kuadran-kekuatan", initials -> draw(load(caseId, initials)));
    }

    /**
     * Saves the four fields, each written as one item per line; blank lines are skipped. Every
     * problem is reported at once and nothing is saved while one remains.
     *
     * @param fields  the text of each field by its quadrant's name
     * @param version the version the form was filled from (0 for a quadrant never saved)
     */
    @Transactional
    public void save(KesosUser user, long caseId, int version, Map<String, String> fields) {
        Map<StrengthQuadrant, List<String>> items = check(fields);
        int count = items.values().stream().mapToInt(List::size).sum();
        figures.save(user, caseId, FIGURE, version, "Kuadran kekuatan", count + " butir",
                () -> table.replace(caseId, items));
    }

    public Svg draw(Strengths strengths) {
        return StrengthsDrawing.draw(strengths, words);
    }

    Strengths load(long caseId, String initials) {
        return figures.stamp(caseId, FIGURE)
                .map(stamp -> new Strengths(caseId, initials, table.items(caseId), stamp.version(),
                        stamp.updatedBy(), stamp.updatedAt()))
                .orElseGet(() -> new Strengths(caseId, initials, Map.of(), 0, null, null));
    }

    private static Map<StrengthQuadrant, List<String>> check(Map<String, String> fields) {
        InputProblems problems = new InputProblems();
        Map<StrengthQuadrant, List<String>> items = new EnumMap<>(StrengthQuadrant.class);
        for (StrengthQuadrant quadrant : StrengthQuadrant.values()) {
            String field = "fields[" + quadrant.name() + "]";
            List<String> lines = new ArrayList<>();
            for (String line : fields.getOrDefault(quadrant.name(), "").split("\\R")) {
                String item = problems.text(field, line, Strengths.MAX_LENGTH, false);
                if (item != null) {
                    lines.add(item);
                }
            }
            if (lines.size() > Strengths.MAX_ITEMS) {
                problems.add(field, "assessment.strengths.tooMany", Strengths.MAX_ITEMS);
            }
            items.put(quadrant, lines);
        }
        problems.throwIfAny();
        return items;
    }
}
