package id.kesos.assessment.drawing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Partners kept side by side in one row: a single person, a couple, or a person with the
 * partners of a remarriage. The offsets are where each member stands from the first one when the
 * partners stand as close as their labels allow; they may stand further apart.
 */
final class Block {

    final List<String> members;
    private final double[] offsets;
    private final Map<String, Double> halfWidths;
    private final double gap;

    Block(List<String> members, Map<String, Double> halfWidths, double gap) {
        this.members = new ArrayList<>(members);
        this.halfWidths = halfWidths;
        this.gap = gap;
        this.offsets = new double[members.size()];
        measure();
    }

    void reverse() {
        Collections.reverse(members);
        measure();
    }

    private void measure() {
        for (int i = 1; i < members.size(); i++) {
            offsets[i] = offsets[i - 1] + halfWidths.get(members.get(i - 1)) + gap + halfWidths.get(members.get(i));
        }
    }

    double offset(String member) {
        return offsets[members.indexOf(member)];
    }

    double span() {
        return offsets[offsets.length - 1];
    }
}
