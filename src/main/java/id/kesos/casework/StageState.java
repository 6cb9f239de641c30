package id.kesos.casework;

/** Where a stage of a case stands. */
public enum StageState {
    NOT_STARTED, IN_PROGRESS, AWAITING_APPROVAL, COMPLETED, SKIPPED;

    /** Completed or skipped: the stages after it may go on. */
    public boolean done() {
        return this == COMPLETED || this == SKIPPED;
    }

    /** Work has begun on the stage, whatever came of it. */
    public boolean begun() {
        return this != NOT_STARTED;
    }
}
