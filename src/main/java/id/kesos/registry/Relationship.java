package id.kesos.registry;

/** A family member's relationship to the head of the family, as the KK writes it. */
public enum Relationship {
    KEPALA_KELUARGA, SUAMI, ISTRI, ANAK, MENANTU, CUCU, ORANG_TUA, MERTUA, FAMILI_LAIN, LAINNYA;

    /** The relationship named (any case), or null for anything else. */
    public static Relationship parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
