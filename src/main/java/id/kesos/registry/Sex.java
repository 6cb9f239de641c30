package id.kesos.registry;

/** Sex as the civil registry writes it: L (laki-laki) or P (perempuan). */
public enum Sex {
    L, P;

    /** The sex written as L or P (any case), or null for anything else. */
    public static Sex parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toUpperCase()) {
            case "L" -> L;
            case "P" -> P;
            default -> null;
        };
    }
}
