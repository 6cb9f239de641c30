package id.kesos.progress;

/** What a success indicator measures: an instrument's score, or how often a behaviour occurs. */
public enum IndicatorKind {
    INSTRUMENT, BEHAVIOUR
}
