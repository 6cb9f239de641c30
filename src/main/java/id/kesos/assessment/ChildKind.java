package id.kesos.assessment;

/** How a child belongs to its parents, each drawn with its own line from the parents. */
public enum ChildKind {
    /** A solid line. */
    BIOLOGICAL,
    /** A dashed line. */
    ADOPTED,
    /** A dotted line. */
    FOSTER
}
