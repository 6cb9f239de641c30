package id.kesos.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One record kept in a stage: a contact, a family member, an attendee, an activity, a session, a note or a visit. */
public record StageEntry(long id, Stage stage, LocalDate date, Map<String, String> values, String createdBy,
        Instant createdAt, String updatedBy, Instant updatedAt, int version) {}
