package id.kesos.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The "changed fields" text of an audit entry: {@code name: "A" -> "B"; active: true -> false}.
 * Fields marked secret are named without their values.
 */
public final class ChangeSummary {

    private final List<String> parts = new ArrayList<>();

    public ChangeSummary field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            parts.add(name + ": " + show(before) + " -> " + show(after));
        }
        return this;
    }

    public ChangeSummary secret(String name, boolean changed) {
        if (changed) {
            parts.add(name + ": diubah");
        }
        return this;
    }

    public ChangeSummary note(String text) {
        parts.add(text);
        return this;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        return String.join("; ", parts);
    }

    private static String show(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }
}
