package id.kesos.region;

/** The four levels of Indonesian administration, each with the shape of its code. */
public enum RegionLevel {
    PROVINCE(1, "\\d{2}"),
    REGENCY(2, "\\d{2}\\.\\d{2}"),
    DISTRICT(3, "\\d{2}\\.\\d{2}\\.\\d{2}"),
    VILLAGE(4, "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final int depth;
    private final String pattern;

    RegionLevel(int depth, String pattern) {
        this.depth = depth;
        this.pattern = pattern;
    }

    public int depth() {
        return depth;
    }

    public static RegionLevel ofDepth(int depth) {
        for (RegionLevel level : values()) {
            if (level.depth == depth) {
                return level;
            }
        }
        throw new IllegalArgumentException("No region level " + depth);
    }

    /** The level a code's shape belongs to, or null when it has none of the four shapes. */
    public static RegionLevel ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (RegionLevel level : values()) {
            if (code.matches(level.pattern)) {
                return level;
            }
        }
        return null;
    }
}
