package id.kesos.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The strengths quadrant of a case, filled with the client: the items of each field in the order
 * written.
 *
 * @param version 0 before the first save
 */
public record Strengths(long caseId, String client, Map<StrengthQuadrant, List<String>> items, int version,
        String updatedBy, Instant updatedAt) {

    /** The most items one field holds. */
    public static final int MAX_ITEMS = 12;

    /** The longest item, in characters. */
    public static final int MAX_LENGTH = 200;

    public List<String> items(StrengthQuadrant quadrant) {
        return items.getOrDefault(quadrant, List.of());
    }

    public boolean empty() {
        return items.values().stream().allMatch(List::isEmpty);
    }
}
