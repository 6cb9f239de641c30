package id.kesos.casework.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a stage form or of a stage record, bound as {@code values[key]}, with the version edited. */
public class ValuesForm {

    private Map<String, String> values = new LinkedHashMap<>();
    private Integer version;

    public ValuesForm() {}

    ValuesForm(Map<String, String> values, Integer version) {
        this.values = new LinkedHashMap<>(values);
        this.version = version;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
