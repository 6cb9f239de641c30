package id.kesos.assessment;

/** Two children of the same parents born together; triplets are two pairs sharing a child. */
public record Twins(String a, String b, boolean identical) {}
