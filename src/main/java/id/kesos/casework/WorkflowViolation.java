package id.kesos.casework;

/** A step the ATENSI workflow does not allow; shown to the user with the rule's message. */
public class WorkflowViolation extends RuntimeException {

    private final WorkflowRule rule;
    private final Stage stage;

    public WorkflowViolation(WorkflowRule rule, Stage stage) {
        super(rule + (stage == null ? "" : " at " + stage));
        this.rule = rule;
        this.stage = stage;
    }

    public WorkflowRule rule() {
        return rule;
    }

    /** The stage in the way: the one acted on, or the prerequisite still open. */
    public Stage stage() {
        return stage;
    }
}
