package id.kesos.casework;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Map;

/**
 * A session of a case's implementation stage, as the stage page and the case report list them:
 * one of the case's own session records, or a group session the client was in. The fields are
 * those of a session record ({@link StageForm} of {@link Stage#PELAKSANAAN}).
 *
 * @param method    a code of {@link StageForm#METHODS}
 * @param group     true for a group session, recorded once for several cases
 * @param attendees the clients present: 1 for a case's own session
 * @param present   whether this client was present; always for a case's own session
 * @param note      the note on this client's attendance of a group session, or null
 */
public record SessionRecord(LocalDate date, LocalTime startTime, LocalTime endTime, String place, String activity,
        String target,
        String goal, String method, String technique, String process, String result, boolean group, int attendees,
        boolean present, String note, String recordedBy) {

    /** Date order; on one day, by start time, sessions without one first. */
    public static final Comparator<SessionRecord> DATE_ORDER = Comparator.comparing(SessionRecord::date)
            .thenComparing(SessionRecord::startTime, Comparator.nullsFirst(Comparator.naturalOrder()));

    static SessionRecord own(StageEntry entry) {
        return of(entry.date(), entry.values(), false, 1, true, null, entry.createdBy());
    }

    static SessionRecord of(LocalDate date, Map<String, String> values, boolean group, int attendees, boolean present,
            String note, String recordedBy) {
        return new SessionRecord(date, time(values.get("start_time")), time(values.get("end_time")),
                values.get("place"), values.get("activity"), values.get("target"), values.get("goal"), values.get("method"),
                values.get("technique"), values.get("process"), values.get("result"), group, attendees, present,
                note, recordedBy);
    }

    private static LocalTime time(String value) {
        return value == null ? null : LocalTime.parse(value);
    }
}
