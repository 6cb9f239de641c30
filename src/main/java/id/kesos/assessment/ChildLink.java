package id.kesos.assessment;

import java.util.Objects;

/**
 * A child of a partnership (both parents named, partners in the genogram) or of a single parent
 * ({@code otherParent} null).
 */
public record ChildLink(String child, String parent, String otherParent, ChildKind kind) {

    public ChildLink {
        kind = kind == null ? ChildKind.BIOLOGICAL : kind;
    }

    /** Whether the child descends from the same parents as the other link, in either order. */
    public boolean sameParents(ChildLink other) {
        return parent.equals(other.parent) && Objects.equals(otherParent, other.otherParent)
                || otherParent != null && otherParent.equals(other.parent) && parent.equals(other.otherParent);
    }
}
