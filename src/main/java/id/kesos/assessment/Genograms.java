package id.kesos.assessment;

import id.kesos.access.KesosUser;
import id.kesos.assessment.drawing.GenogramDrawing;
import id.kesos.assessment.internal.GenogramTable;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import id.kesos.casework.StageAccess;
import id.kesos.casework.StageEntry;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.KesosClock;
import id.kesos.platform.Svg;
import id.kesos.registry.Families;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The genograms of cases: read and changed under the assessment stage's access rules (see
 * {@link CaseFigures}), one change at a time, each from the version the worker's page showed;
 * drawn as figures. A genogram starts from the client's KK and the assessment's family table.
 */
@Service
public class Genograms implements CaseFigure {

    static final String FIGURE = "GENOGRAM";
    private static final String NAME = "Genogram";

    private final CaseFigures figures;
    private final GenogramTable table;
    private final FigureWords words;
    private final Families families;
    private final Cases cases;

    Genograms(CaseFigures figures, GenogramTable table, FigureWords words, Families families, Cases cases) {
        this.figures = figures;
        this.table = table;
        this.words = words;
        this.families = families;
        this.cases = cases;
    }

    /** The case's genogram, with whether the user may change it now. */
    @Transactional
    public Editable<CaseGenogram> read(KesosUser user, long caseId) {
        StageAccess access = figures.open(user, caseId, "genogram");
        return new Editable<>(load(caseId, access.initials()), access.editable());
    }

    @Override
    public String slug() {
        return "genogram";
    }

    @Override
    @Transactional
    public DrawnFigure figure(KesosUser user, long caseId) {
        return figures.download(user, caseId, "genogram", initials -> draw(load(caseId, initials).genogram()));
    }

    /** The genogram drawn, in Indonesian like the papers. */
    public Svg draw(Genogram genogram) {
        return GenogramDrawing.draw(genogram, key -> words.apply("assessment.genogram.legend." + key));
    }

    /**
     * Starts an empty genogram from the client's family: the members of their KK (never their
     * NIK; the client by initials) and the rows of the assessment's family table.
     */
    @Transactional
    public void start(KesosUser user, long caseId, int version) {
        StageAccess access = figures.access(user, caseId);
        List<Map<String, String>> rows = cases.stage(user, caseId, Stage.ASESMEN).entries().stream()
                .map(StageEntry::values).toList();
        change(user, caseId, version, "mulai dari keluarga", genogram -> {
            if (!genogram.persons().isEmpty()) {
                throw new InvalidInputException(null, "assessment.genogram.error.notEmpty");
            }
            List<FamilyStart.Relative> relatives = new ArrayList<>(FamilyStart.fromRegistry(
                    families.membersWith(access.personId()), access.personId(), access.initials()));
            relatives.addAll(FamilyStart.fromTable(rows, LocalDate.now(KesosClock.ZONE).getYear(), relatives));
            return FamilyStart.genogram(relatives.subList(0, Math.min(relatives.size(), CaseGenogram.MAX_PERSONS)));
        });
    }

    /** Adds a person (empty key) or changes one. */
    @Transactional
    public void savePerson(KesosUser user, long caseId, int version, GenogramPersonInput input) {
        InputProblems problems = new InputProblems();
        String name = problems.text("name", input.name(), FamilyStart.MAX_NAME, true);
        GenogramSex sex = problems.choice("sex", input.sex(), GenogramSex.class);
        Integer born = year(problems, "birthYear", input.birthYear());
        Integer died = year(problems, "deathYear", input.deathYear());
        problems.throwIfAny();
        boolean added = input.key() == null || input.key().isBlank();
        change(user, caseId, version, added ? "tambah orang" : "ubah orang", genogram -> {
            if (added && genogram.persons().size() >= CaseGenogram.MAX_PERSONS) {
                throw new InvalidInputException(null, "assessment.genogram.error.tooMany", CaseGenogram.MAX_PERSONS);
            }
            String key = added ? GenogramEdits.newKey(genogram) : input.key();
            if (!added && genogram.person(key).isEmpty()) {
                throw new InvalidInputException(null, "assessment.genogram.error.unknownPerson");
            }
            return GenogramEdits.withPerson(genogram, new GenogramPerson(key, name, sex, born, died, input.deceased(),
                    input.client(), input.household()));
        });
    }

    @Transactional
    public void removePerson(KesosUser user, long caseId, int version, String key) {
        change(user, caseId, version, "hapus orang", genogram -> GenogramEdits.withoutPerson(genogram, key));
    }

    /** Adds a partnership after the person's earlier ones, or changes the kind of an existing one. */
    @Transactional
    public void savePartnership(KesosUser user, long caseId, int version, PartnershipInput input) {
        InputProblems problems = new InputProblems();
        String a = problems.text("a", input.a(), 10, true);
        String b = problems.text("b", input.b(), 10, true);
        PartnershipKind kind = problems.choice("kind", input.kind(), PartnershipKind.class);
        problems.throwIfAny();
        change(user, caseId, version, "ubah hubungan pasangan",
                genogram -> GenogramEdits.withPartnership(genogram, new Partnership(a, b, kind)));
    }

    /** @param position the partnership's place among the genogram's partnerships, from 0 */
    @Transactional
    public void removePartnership(KesosUser user, long caseId, int version, int position) {
        change(user, caseId, version, "hapus hubungan pasangan",
                genogram -> GenogramEdits.withoutPartnership(genogram, position));
    }

    /** Sets a child's parents, how the child belongs to them, and a twin among the siblings. */
    @Transactional
    public void saveParents(KesosUser user, long caseId, int version, ParentsInput input) {
        InputProblems problems = new InputProblems();
        String child = problems.text("child", input.child(), 10, true);
        String parents = problems.text("parents", input.parents(), 21, true);
        ChildKind kind = problems.choice("kind", input.kind(), ChildKind.class);
        String twinOf = problems.text("twinOf", input.twinOf(), 10, false);
        problems.throwIfAny();
        String[] keys = parents.split(",", -1);
        if (keys.length > 2) {
            throw new InvalidInputException("parents", "assessment.value.choice");
        }
        ChildLink link = new ChildLink(child, keys[0].strip(), keys.length == 2 ? keys[1].strip() : null, kind);
        Twins twin = twinOf == null ? null : new Twins(child, twinOf, input.identical());
        change(user, caseId, version, "ubah orang tua", genogram -> GenogramEdits.withParents(genogram, child, link, twin));
    }

    @Transactional
    public void removeParents(KesosUser user, long caseId, int version, String child) {
        change(user, caseId, version, "hapus orang tua",
                genogram -> GenogramEdits.withParents(genogram, child, null, null));
    }

    CaseGenogram load(long caseId, String initials) {
        return figures.stamp(caseId, FIGURE)
                .map(stamp -> new CaseGenogram(caseId, initials, table.genogram(caseId), stamp.version(),
                        stamp.updatedBy(), stamp.updatedAt()))
                .orElseGet(() -> new CaseGenogram(caseId, initials, Genogram.empty(), 0, null, null));
    }

    /** Applies the edit to the genogram as stored, under the assessment's rules; the audit names the edit only. */
    private void change(KesosUser user, long caseId, int version, String what, UnaryOperator<Genogram> edit) {
        figures.save(user, caseId, FIGURE, version, NAME, what,
                () -> table.replace(caseId, edit.apply(table.genogram(caseId))));
    }

    private static Integer year(InputProblems problems, String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{4}") || Integer.parseInt(text) < 1800 || Integer.parseInt(text) > 2200) {
            problems.add(field, "assessment.genogram.error.year");
            return null;
        }
        return Integer.valueOf(text);
    }
}
