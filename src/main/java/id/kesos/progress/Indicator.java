package id.kesos.progress;

/**
 * A measurable success indicator of a case's plan.
 *
 * @param instrumentId   the instrument whose score it follows, for an instrument's indicator
 * @param instrumentName its name
 * @param aspect         the one aspect whose subtotal it follows, or null for the instrument's total
 * @param behaviour      what is counted, for a behaviour's indicator
 * @param unit           per what it is counted, e.g. "kali per minggu"
 * @param direction      which way is better, fixed when the plan was written
 */
public record Indicator(long id, long caseId, IndicatorKind kind, Long instrumentId, String instrumentName,
        String aspect, String behaviour, String unit, Direction direction, TargetKind targetKind, double target) {

    /** What the indicator measures, as its heading reads. */
    public String label() {
        if (kind == IndicatorKind.BEHAVIOUR) {
            return behaviour;
        }
        return aspect == null ? instrumentName : instrumentName + ": " + aspect;
    }
}
