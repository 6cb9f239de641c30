package id.kesos.assessment.drawing;

import id.kesos.platform.Svg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The outline of a union of rectangles as SVG path data: one closed loop around each connected
 * piece (and around each hole), so that a line drawn along it encloses exactly the rectangles.
 * The plane is cut into cells at every rectangle edge; each side between a covered and an
 * uncovered cell is a piece of the outline, and the pieces are chained into loops.
 */
final class Outline {

    private Outline() {}

    static String around(List<Svg.Box> boxes) {
        double[] xs = edges(boxes, true);
        double[] ys = edges(boxes, false);
        boolean[][] covered = new boolean[xs.length][ys.length];
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                double cx = (xs[i] + xs[i + 1]) / 2;
                double cy = (ys[j] + ys[j + 1]) / 2;
                covered[i][j] = boxes.stream().anyMatch(box -> cx > box.x() && cx < box.right()
                        && cy > box.y() && cy < box.bottom());
            }
        }
        // Each side runs clockwise around its covered cell, keyed by where it starts.
        Map<Long, List<int[]>> sides = new HashMap<>();
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                if (!covered[i][j]) {
                    continue;
                }
                if (!covered(covered, i, j - 1)) {
                    side(sides, i, j, i + 1, j);
                }
                if (!covered(covered, i + 1, j)) {
                    side(sides, i + 1, j, i + 1, j + 1);
                }
                if (!covered(covered, i, j + 1)) {
                    side(sides, i + 1, j + 1, i, j + 1);
                }
                if (!covered(covered, i - 1, j)) {
                    side(sides, i, j + 1, i, j);
                }
            }
        }
        StringBuilder path = new StringBuilder();
        while (!sides.isEmpty()) {
            int[] first = sides.values().iterator().next().get(0);
            List<int[]> corners = new ArrayList<>();
            int[] at = first;
            do {
                take(sides, at);
                int[] next = sides.get(key(at[2], at[3])) == null ? null : sides.get(key(at[2], at[3])).get(0);
                boolean turns = next == null || (at[2] - at[0]) * (next[3] - next[1]) != (at[3] - at[1]) * (next[2] - next[0]);
                if (turns) {
                    corners.add(new int[] {at[2], at[3]});
                }
                at = next;
            } while (at != null);
            for (int k = 0; k < corners.size(); k++) {
                path.append(k == 0 ? "M" : " L").append(Svg.number(xs[corners.get(k)[0]])).append(' ')
                        .append(Svg.number(ys[corners.get(k)[1]]));
            }
            path.append(" Z ");
        }
        return path.toString().strip();
    }

    private static double[] edges(List<Svg.Box> boxes, boolean horizontal) {
        TreeSet<Double> edges = new TreeSet<>();
        for (Svg.Box box : boxes) {
            edges.add(horizontal ? box.x() : box.y());
            edges.add(horizontal ? box.right() : box.bottom());
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean covered(boolean[][] covered, int i, int j) {
        return i >= 0 && j >= 0 && i < covered.length && j < covered[i].length && covered[i][j];
    }

    private static void side(Map<Long, List<int[]>> sides, int i0, int j0, int i1, int j1) {
        sides.computeIfAbsent(key(i0, j0), k -> new ArrayList<>()).add(new int[] {i0, j0, i1, j1});
    }

    private static void take(Map<Long, List<int[]>> sides, int[] side) {
        List<int[]> starting = sides.get(key(side[0], side[1]));
        starting.remove(side);
        if (starting.isEmpty()) {
            sides.remove(key(side[0], side[1]));
        }
    }

    private static long key(int i, int j) {
        return (long) i << 32 | j;
    }
}
