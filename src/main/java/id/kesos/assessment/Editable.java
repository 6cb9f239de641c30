package id.kesos.assessment;

/** A figure's data with whether the user may change it now. */
public record Editable<T>(T value, boolean editable) {}
