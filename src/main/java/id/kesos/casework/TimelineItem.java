package id.kesos.casework;

import java.time.Instant;

/**
 * One line of a case's timeline: a transition, or a record kept in a stage.
 *
 * @param kind a {@link CaseEventKind} name, or {@code ENTRY} for a record
 * @param note the reason or comment of a transition, the record kind of a record
 */
public record TimelineItem(Instant at, String actor, String kind, Stage stage, String note) {}
