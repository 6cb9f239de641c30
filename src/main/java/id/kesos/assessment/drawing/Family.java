package id.kesos.assessment.drawing;

import java.util.List;

/**
 * The children of one partnership or of one single parent ({@code b} null), eldest first.
 * {@code partnership} is the index of the parents' partnership, -1 for a single parent.
 */
record Family(String a, String b, int partnership, List<String> children) {}
