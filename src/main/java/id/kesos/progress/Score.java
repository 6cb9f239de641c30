package id.kesos.progress;

import java.util.Map;

/** An instrument taken: the score of the whole and of each aspect, in the aspects' order. */
public record Score(double total, Map<String, Double> aspects) {

    /** The total, or the aspect's subtotal when an aspect is named. */
    public double of(String aspect) {
        if (aspect == null) {
            return total;
        }
        Double value = aspects.get(aspect);
        if (value == null) {
            throw new IllegalArgumentException("no aspect " + aspect);
        }
        return value;
    }
}
