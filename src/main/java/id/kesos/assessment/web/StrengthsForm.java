package id.kesos.assessment.web;

import id.kesos.assessment.StrengthQuadrant;
import id.kesos.assessment.Strengths;
import java.util.LinkedHashMap;
import java.util.Map;

/** The strengths quadrant's form: each field a text of one item per line, bound as {@code fields[QUADRANT]}. */
public class StrengthsForm {

    private int version;
    private Map<String, String> fields = new LinkedHashMap<>();

    public StrengthsForm() {}

    static StrengthsForm of(Strengths strengths) {
        StrengthsForm form = new StrengthsForm();
        form.version = strengths.version();
        for (StrengthQuadrant quadrant : StrengthQuadrant.values()) {
            form.fields.put(quadrant.name(), String.join("\n", strengths.items(quadrant)));
        }
        return form;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Map<String, String> getFields() {
        return fields;
    }

    public void setFields(Map<String, String> fields) {
        this.fields = fields;
    }
}
