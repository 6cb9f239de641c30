package id.kesos.casework;

/** A client's attendance of a group session: their case, present or absent, and a note. */
public record GroupAttendance(long caseId, boolean present, String note) {}
