package id.kesos.progress;

/** Which way a score or count gets better. */
public enum Direction {
    HIGHER_BETTER(1), LOWER_BETTER(-1);

    private final int sign;

    Direction(int sign) {
        this.sign = sign;
    }

    /** How much better the second value is than the first; negative when it is worse. */
    public double improvement(double from, double to) {
        return sign * (to - from);
    }

    /** True when the value is at the level or beyond it in the better direction. */
    public boolean reaches(double value, double level) {
        return sign * (value - level) >= 0;
    }

    /** The level that lies this far beyond the value in the better direction. */
    public double beyond(double value, double distance) {
        return value + sign * distance;
    }
}
