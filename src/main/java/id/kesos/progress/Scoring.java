package id.kesos.progress;

import java.util.List;

/** How an instrument's item values make a score, for the whole and for each aspect alike. */
public enum Scoring {
    SUM, MEAN;

    public double combine(List<Integer> values) {
        double sum = values.stream().mapToInt(Integer::intValue).sum();
        return this == SUM ? sum : sum / values.size();
    }

    /** The score of that many items all answered with the same value. */
    public double uniform(int items, int value) {
        return this == SUM ? (double) items * value : value;
    }
}
