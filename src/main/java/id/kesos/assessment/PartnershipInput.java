package id.kesos.assessment;

/** A partnership as the editor's form sends it: two persons' keys and the kind. */
public record PartnershipInput(String a, String b, String kind) {}
