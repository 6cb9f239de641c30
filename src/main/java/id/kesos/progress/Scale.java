package id.kesos.progress;

/** The lowest and highest score an instrument's indicator can take. */
public record Scale(double min, double max) {}
