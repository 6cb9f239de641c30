package id.kesos.casework;

import id.kesos.platform.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks what a user entered into a stage form or record against its fields: known fields only,
 * no longer than allowed, real dates and times, one of the offered choices. Blank values are
 * left out. Problems name the field as {@code values[key]}, the form's binding path.
 */
final class StageValues {

    private StageValues() {}

    static Map<String, String> check(List<StageField> fields, Map<String, String> submitted) {
        Map<String, String> values = new LinkedHashMap<>();
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        for (StageField field : fields) {
            String value = submitted.get(field.key());
            if (value == null || value.isBlank()) {
                continue;
            }
            value = value.strip();
            String problem = problem(field, value);
            if (problem == null) {
                values.put(field.key(), value);
            } else {
                problems.add(new InvalidInputException.Problem(path(field), problem, field.kind().maxLength()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return values;
    }

    /** The required fields left empty, as problems; none when everything needed is there. */
    static List<InvalidInputException.Problem> missing(List<StageField> fields, Map<String, String> values) {
        return fields.stream()
                .filter(field -> field.required() && !values.containsKey(field.key()))
                .map(field -> new InvalidInputException.Problem(path(field), "casework.value.required"))
                .toList();
    }

    /** The record's date: its first date field, or today when it has none. */
    static LocalDate entryDate(List<StageField> fields, Map<String, String> values, LocalDate today) {
        return fields.stream()
                .filter(field -> field.kind() == FieldKind.DATE && values.containsKey(field.key()))
                .findFirst()
                .map(field -> LocalDate.parse(values.get(field.key())))
                .orElse(today);
    }

    static String path(StageField field) {
        return "values[" + field.key() + "]";
    }

    private static String problem(StageField field, String value) {
        if (value.length() > field.kind().maxLength()) {
            return "casework.value.tooLong";
        }
        try {
            switch (field.kind()) {
                case DATE -> {
                    LocalDate date = LocalDate.parse(value);
                    if (date.getYear() < 1900 || date.getYear() > 2100) {
                        return "casework.value.date";
                    }
                }
                case TIME -> LocalTime.parse(value);
                case CHOICE -> {
                    if (!field.options().contains(value)) {
                        return "casework.value.choice";
                    }
                }
                case YES_NO -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        return "casework.value.choice";
                    }
                }
                case TEXT, TEXTAREA -> { }
            }
        } catch (DateTimeParseException e) {
            return field.kind() == FieldKind.DATE ? "casework.value.date" : "casework.value.time";
        }
        return null;
    }
}
