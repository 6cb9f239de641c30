package id.kesos.casework;

/** How a stage field is entered and kept. */
public enum FieldKind {
    /** One line, up to 500 characters. */
    TEXT(500),
    /** Several paragraphs, up to 20,000 characters. */
    TEXTAREA(20_000),
    /** A calendar date, kept as {@code yyyy-MM-dd}. */
    DATE(10),
    /** A time of day, kept as {@code HH:mm}. */
    TIME(5),
    /** One of the field's options. */
    CHOICE(40),
    /** Yes or no. */
    YES_NO(5);

    private final int maxLength;

    FieldKind(int maxLength) {
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
