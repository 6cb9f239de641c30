package id.kesos.casework;

import java.util.Locale;
import java.util.Set;

/**
 * The stages of the ATENSI business process (Permensos 16/2020), in workflow order. Each stage
 * names the stages that must be done (completed, or skipped with a reason) before it may be
 * entered, whether a supervisor may skip it, and whether its completion needs a supervisor's
 * approval.
 */
public enum Stage {
    AKSES(false, false),
    ENGAGEMENT(true, false, AKSES),
    KONTRAK(false, false, ENGAGEMENT),
    ASESMEN(true, true, KONTRAK),
    CC1(true, false, ASESMEN),
    RENCANA(false, true, ASESMEN, CC1),
    PELAKSANAAN(true, false, RENCANA),
    SUPERVISI(true, false, RENCANA),
    CC2(true, false, PELAKSANAAN),
    MONEV(true, false, PELAKSANAAN, CC2),
    TERMINASI(false, true, MONEV, SUPERVISI),
    PASCA(true, false, TERMINASI);

    private final Set<Stage> requires;
    private final boolean skippable;
    private final boolean needsApproval;

    Stage(boolean skippable, boolean needsApproval, Stage... requires) {
        this.requires = Set.of(requires);
        this.skippable = skippable;
        this.needsApproval = needsApproval;
    }

    /** The stages that must be done before this one is entered. */
    public Set<Stage> requires() {
        return requires;
    }

    /**
     * Stages that must be done before this one is completed, beyond those it needs to be entered:
     * supervision accompanies the implementation and is closed after it.
     */
    public Set<Stage> requiresToComplete() {
        return this == SUPERVISI ? Set.of(PELAKSANAAN) : Set.of();
    }

    /** A supervisor may skip it with a written reason; consent, plan and termination cannot be skipped. */
    public boolean skippable() {
        return skippable;
    }

    /** Its completion is a request that a supervisor approves or rejects. */
    public boolean needsApproval() {
        return needsApproval;
    }

    /** The URL and message-key form of the code, e.g. {@code cc1}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage with this slug or code, or null. */
    public static Stage ofSlug(String slug) {
        for (Stage stage : values()) {
            if (stage.slug().equalsIgnoreCase(slug)) {
                return stage;
            }
        }
        return null;
    }
}
