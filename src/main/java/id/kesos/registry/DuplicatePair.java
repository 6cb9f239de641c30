package id.kesos.registry;

/** Two persons that may be one, with how alike their names are (0-1) and why they were paired. */
public record DuplicatePair(long aId, long bId, double score, String reason) {}
