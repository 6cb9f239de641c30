package id.kesos.progress;

/** Which way the post value moved from the baseline, read in the indicator's better direction. */
public enum Verdict {
    BETTER, UNCHANGED, WORSE
}
