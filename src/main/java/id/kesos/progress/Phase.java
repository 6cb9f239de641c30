package id.kesos.progress;

import id.kesos.casework.Stage;

/**
 * When a measurement is taken, and so the stage it is written into: the baseline with the plan,
 * before the intervention begins; during the intervention in its implementation stage; after it
 * in the evaluation (docs/decisions/0006). A stage that is done keeps its measurements as they are.
 */
public enum Phase {
    BASELINE(Stage.RENCANA), DURING(Stage.PELAKSANAAN), POST(Stage.MONEV);

    private final Stage stage;

    Phase(Stage stage) {
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }

    /** The phase measured in the stage, or null for a stage that takes no measurements. */
    public static Phase of(Stage stage) {
        for (Phase phase : values()) {
            if (phase.stage == stage) {
                return phase;
            }
        }
        return null;
    }
}
