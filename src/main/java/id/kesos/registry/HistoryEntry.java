package id.kesos.registry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One change of a person: each field's old and new value. */
public record HistoryEntry(Instant changedAt, String changedBy, String source, Map<String, List<String>> changes) {

    /** The same entry with the NIKs it shows masked, for roles that read NIKs masked. */
    public HistoryEntry withMaskedNik() {
        List<String> nik = changes.get("nik");
        if (nik == null) {
            return this;
        }
        Map<String, List<String>> masked = new LinkedHashMap<>(changes);
        masked.put("nik", nik.stream().map(value -> value == null ? null : new Nik(value).masked()).toList());
        return new HistoryEntry(changedAt, changedBy, source, masked);
    }
}
