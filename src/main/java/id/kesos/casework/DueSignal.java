package id.kesos.casework;

/** Something overdue in a case, shown on the worklists. */
public enum DueSignal {
    /** Implementation under way and no session recorded for 14 days. */
    NO_RECENT_SESSION,
    /** The assessment has been open for more than 14 days. */
    ASSESSMENT_OVERDUE,
    /** An approval has waited for more than 3 days. */
    APPROVAL_WAITING,
    /** An after-care visit was due and has not happened. */
    VISIT_OVERDUE
}
