package id.kesos.casework.web;

import id.kesos.casework.GroupAttendance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group session form: the session's fields as {@code values[key]}, and per case
 * {@code attendance[caseId]} ({@value #PRESENT}, {@value #ABSENT}, or blank when the client was not
 * in the group) with {@code notes[caseId]}.
 */
public class GroupSessionForm extends ValuesForm {

    static final String PRESENT = "PRESENT";
    static final String ABSENT = "ABSENT";

    private Map<Long, String> attendance = new LinkedHashMap<>();
    private Map<Long, String> notes = new LinkedHashMap<>();

    public GroupSessionForm() {}

    GroupSessionForm(Map<String, String> values) {
        super(values, null);
    }

    public Map<Long, String> getAttendance() {
        return attendance;
    }

    public void setAttendance(Map<Long, String> attendance) {
        this.attendance = attendance;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public void setNotes(Map<Long, String> notes) {
        this.notes = notes;
    }

    /** The clients in the group, present or absent. */
    List<GroupAttendance> attendees() {
        return attendance.entrySet().stream()
                .filter(e -> PRESENT.equals(e.getValue()) || ABSENT.equals(e.getValue()))
                .map(e -> new GroupAttendance(e.getKey(), PRESENT.equals(e.getValue()), notes.get(e.getKey())))
                .toList();
    }
}
