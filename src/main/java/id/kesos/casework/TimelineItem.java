package id.kesos.casework;

import java.time.Instant;

/**
 * One line of a case's timeline: a transition, a record kept in a stage, or a group session.
 *
 * @param kind a {@link CaseEventKind} name, {@code ENTRY} for a record, or {@code GROUP_SESSION} /
 *             {@code GROUP_SESSION_ABSENT} for a group session the client attended or missed
 * @param note the reason or comment of a transition, the record kind of a record
 */
public record TimelineItem(Instant at, String actor, String kind, Stage stage, String note) {}
