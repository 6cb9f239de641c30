package id.kesos.assessment;

/**
 * A child's parents as the editor's form sends them.
 *
 * @param parents one parent's key, or two keys joined by a comma (partners in the genogram)
 * @param twinOf  the key of a sibling born together with the child, or empty
 */
public record ParentsInput(String child, String parents, String kind, String twinOf, boolean identical) {}
