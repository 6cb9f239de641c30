package id.kesos.assessment;

/** How the client's relation with a system is, drawn with the ecomap's usual line styles. */
public enum RelationStrength {
    /** A thick line. */
    STRONG,
    /** A plain line. */
    MODERATE,
    /** A dashed line. */
    WEAK,
    /** A zig-zag line: stress or conflict. */
    STRESSFUL,
    /** A line cut in the middle: the relation is broken off. */
    BROKEN
}
