package id.kesos.casework;

import java.util.Arrays;
import java.util.Map;

/**
 * The papers a case prints (seed 004, BAB IV and its appendices): each belongs to a stage and is
 * printed once that stage has begun; a session record is printed per session; the referral and
 * return statements once the termination names whom the client goes to.
 */
public enum CaseDocument {
    CONSENT("informed-consent", Stage.KONTRAK, null),
    CC1_MINUTES("berita-acara-cc1", Stage.CC1, null),
    PLAN("rencana-intervensi", Stage.RENCANA, null),
    SESSION("catatan-sesi", Stage.PELAKSANAAN, null),
    CC2_MINUTES("berita-acara-cc2", Stage.CC2, null),
    TERMINATION("form-terminasi", Stage.TERMINASI, null),
    REFERRAL("pernyataan-rujukan", Stage.TERMINASI, "referral_to"),
    RETURN("pernyataan-pengembalian", Stage.TERMINASI, "return_to"),
    REPORT("laporan-kasus", null, null);

    private final String slug;
    private final Stage stage;
    private final String neededValue;

    CaseDocument(String slug, Stage stage, String neededValue) {
        this.slug = slug;
        this.stage = stage;
        this.neededValue = neededValue;
    }

    public String slug() {
        return slug;
    }

    /** The template that prints it; both case conferences share theirs. */
    public String template() {
        return "casework/documents/" + (stage == Stage.CC1 || stage == Stage.CC2 ? "berita-acara" : slug);
    }

    /** The stage the paper prints, or null for the whole case's report. */
    public Stage stage() {
        return stage;
    }

    /** Printed per record of its stage (a session), not once per case. */
    public boolean perEntry() {
        return this == SESSION;
    }

    /** True when the paper has something to print: its stage has begun and holds what it needs. */
    public boolean printable(CaseWorkflow workflow, Map<String, String> stageValues) {
        if (stage == null) {
            return true;
        }
        StageState state = workflow.state(stage);
        return state.begun() && state != StageState.SKIPPED
                && (neededValue == null || stageValues.get(neededValue) != null);
    }

    public static CaseDocument ofSlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst().orElse(null);
    }
}
