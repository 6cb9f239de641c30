package id.kesos.progress;

/**
 * How an indicator's target reads: a level to reach (at least it when higher is better, at most
 * it when lower is), or an improvement of at least so much over the baseline.
 */
public enum TargetKind {
    LEVEL, IMPROVEMENT
}
