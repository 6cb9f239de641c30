package id.kesos.casework;

import java.util.List;

/**
 * One field of a stage's form or of its repeated records.
 *
 * @param key      the name the value is kept under, also the last part of its message key
 * @param kind     how it is entered
 * @param options  the values of a {@link FieldKind#CHOICE}, empty otherwise
 * @param required must be filled before the stage is completed (or the record saved)
 */
public record StageField(String key, FieldKind kind, List<String> options, boolean required) {

    public static StageField text(String key) {
        return new StageField(key, FieldKind.TEXT, List.of(), false);
    }

    public static StageField longText(String key) {
        return new StageField(key, FieldKind.TEXTAREA, List.of(), false);
    }

    public static StageField date(String key) {
        return new StageField(key, FieldKind.DATE, List.of(), false);
    }

    public static StageField time(String key) {
        return new StageField(key, FieldKind.TIME, List.of(), false);
    }

    public static StageField yesNo(String key) {
        return new StageField(key, FieldKind.YES_NO, List.of(), false);
    }

    public static StageField choice(String key, String... options) {
        return new StageField(key, FieldKind.CHOICE, List.of(options), false);
    }

    /** The same field, to be filled before completion. */
    public StageField mandatory() {
        return new StageField(key, kind, options, true);
    }

    /** The key of the field's label in the message bundles. */
    public String labelKey() {
        return "casework.field." + key;
    }
}
