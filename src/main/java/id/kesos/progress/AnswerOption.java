package id.kesos.progress;

/** One answer of an instrument's scale, e.g. "Sering" worth 3. */
public record AnswerOption(int position, String label, int value) {}
