package id.kesos.assessment;

/** How two partners are (or were) together, each drawn with its own line between them. */
public enum PartnershipKind {
    /** Married: a solid line. */
    MARRIAGE,
    /** Married, then divorced: a solid line crossed by two slashes. */
    DIVORCE,
    /** Married and living apart: a solid line crossed by one slash. */
    SEPARATION,
    /** Living together unmarried: a dashed line. */
    COHABITATION
}
