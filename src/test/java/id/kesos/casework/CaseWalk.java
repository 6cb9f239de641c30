package id.kesos.casework;

import id.kesos.access.KesosUser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Walks a case through its stages with the services, the way the seed's client "US" went: every
 * required field gets a plain value unless the caller gives one, the approvals are given by the
 * unit's supervisor.
 */
final class CaseWalk {

    private final Cases cases;
    private final KesosUser worker;
    private final KesosUser supervisor;
    private final long caseId;

    CaseWalk(Cases cases, KesosUser worker, KesosUser supervisor, long caseId) {
        this.cases = cases;
        this.worker = worker;
        this.supervisor = supervisor;
        this.caseId = caseId;
    }

    /** Saves the stage's values (required ones filled in when not given) and its records. */
    CaseWalk fill(Stage stage, Map<String, String> values, Map<?, ?>... entries) {
        StageForm form = StageForm.of(stage);
        int version = cases.stage(worker, caseId, stage).view().version();
        cases.saveStage(worker, caseId, stage, version, withRequired(form.fields()::stream, values));
        for (Map<?, ?> entry : entries) {
            @SuppressWarnings("unchecked")
            Map<String, String> given = (Map<String, String>) entry;
            cases.addEntry(worker, caseId, stage, withRequired(form.entryFields()::stream, given));
        }
        return this;
    }

    /** Completes the stage, with the supervisor's approval where it needs one. */
    CaseWalk complete(Stage stage) {
        cases.complete(worker, caseId, stage);
        if (stage.needsApproval()) {
            cases.approve(supervisor, caseId, stage, "Sesuai");
        }
        return this;
    }

    CaseWalk fillAndComplete(Stage stage, Map<String, String> values, Map<?, ?>... entries) {
        return fill(stage, values, entries).complete(stage);
    }

    private static Map<String, String> withRequired(Supplier<Stream<StageField>> fields, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.get().filter(StageField::required).forEach(f -> values.put(f.key(), plain(f)));
        values.putAll(given);
        return values;
    }

    private static String plain(StageField field) {
        return switch (field.kind()) {
            case DATE -> "2024-09-10";
            case TIME -> "08:00";
            case YES_NO -> "true";
            case CHOICE -> field.options().get(0);
            default -> "Catatan " + field.key();
        };
    }
}
