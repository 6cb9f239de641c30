package id.kesos.assessment;

import id.kesos.access.KesosUser;
import id.kesos.assessment.internal.FigureTable;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import id.kesos.casework.StageAccess;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.Svg;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * What every figure of the assessment shares: it is reached through the assessment stage (the
 * case's holding unit reads it, its team writes it while the assessment is open), a save is
 * refused when someone saved the figure meanwhile, and reading it outside a page is audited.
 */
@Component
class CaseFigures {

    private final Cases cases;
    private final FigureTable figures;
    private final AuditLog audit;

    CaseFigures(Cases cases, FigureTable figures, AuditLog audit) {
        this.cases = cases;
        this.figures = figures;
        this.audit = audit;
    }

    StageAccess access(KesosUser user, long caseId) {
        return cases.stageAccess(user, caseId, Stage.ASESMEN);
    }

    /** The stage reached to show a figure's editor; opening it is audited like reading the case file. */
    StageAccess open(KesosUser user, long caseId, String slug) {
        StageAccess access = access(user, caseId);
        audit.record(user, AuditAction.VIEW, "CASE", caseId, slug + " dibuka");
        return access;
    }

    Optional<FigureTable.Stamp> stamp(long caseId, String kind) {
        return figures.stamp(caseId, kind);
    }

    /**
     * Writes the figure under the assessment's rules, when the form was filled from its current
     * version (0 for a figure never saved).
     *
     * @param name  the figure's name on the timeline and in the audit log
     * @param count what the audit log says was saved, without personal data ("5 sistem")
     */
    void save(KesosUser user, long caseId, String kind, int version, String name, String count, Runnable write) {
        cases.workOn(user, caseId, Stage.ASESMEN, name, () -> {
            if (!figures.claim(caseId, kind, version, user.username())) {
                throw new InvalidInputException(null, "assessment.stale");
            }
            write.run();
        });
        audit.record(user, AuditAction.UPDATE, "CASE", caseId, name.toLowerCase(Locale.ROOT) + ": " + count);
    }

    /** The figure drawn for a download or the API, the reading audited like opening the case file. */
    DrawnFigure download(KesosUser user, long caseId, String slug, Function<String, Svg> draw) {
        StageAccess access = access(user, caseId);
        audit.record(user, AuditAction.VIEW, "CASE", caseId, slug);
        return new DrawnFigure(access.caseNumber() + "-" + slug, draw.apply(access.initials()));
    }
}
