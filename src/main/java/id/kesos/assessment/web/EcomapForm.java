package id.kesos.assessment.web;

import id.kesos.assessment.Ecomap;
import id.kesos.assessment.EcomapSystem;
import id.kesos.assessment.EcomapSystemInput;
import java.util.ArrayList;
import java.util.List;

/** The ecomap editor's form: one row per system, bound as {@code systems[i].name} and so on. */
public class EcomapForm {

    /** Empty rows offered below the systems, and added by "more rows". */
    static final int EMPTY_ROWS = 3;

    private int version;
    private List<Row> systems = new ArrayList<>();

    public EcomapForm() {}

    static EcomapForm of(Ecomap ecomap) {
        EcomapForm form = new EcomapForm();
        form.version = ecomap.version();
        ecomap.systems().forEach(system -> form.systems.add(Row.of(system)));
        form.addEmptyRows();
        return form;
    }

    /** Offers empty rows to fill, up to the most an ecomap holds. */
    void addEmptyRows() {
        for (int i = 0; i < EMPTY_ROWS && systems.size() < Ecomap.MAX_SYSTEMS; i++) {
            systems.add(new Row());
        }
    }

    List<EcomapSystemInput> inputs() {
        return systems.stream().map(Row::input).toList();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<Row> getSystems() {
        return systems;
    }

    public void setSystems(List<Row> systems) {
        this.systems = systems;
    }

    /** One system's row of the form. */
    public static class Row {

        private String name;
        private String kind;
        private String strength = "MODERATE";
        private String flow = "BOTH";
        private String note;

        static Row of(EcomapSystem system) {
            Row row = new Row();
            row.name = system.name();
            row.kind = system.kind().name();
            row.strength = system.strength().name();
            row.flow = system.flow().name();
            row.note = system.note();
            return row;
        }

        EcomapSystemInput input() {
            return new EcomapSystemInput(name, kind, strength, flow, note);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getStrength() {
            return strength;
        }

        public void setStrength(String strength) {
            this.strength = strength;
        }

        public String getFlow() {
            return flow;
        }

        public void setFlow(String flow) {
            this.flow = flow;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
