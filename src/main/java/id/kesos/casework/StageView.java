package id.kesos.casework;

import java.time.Instant;

/** A stage of a case: its state, who began and finished it, and its version for safe edits. */
public record StageView(Stage stage, StageState state, Instant startedAt, String startedBy, Instant completedAt,
        String completedBy, String skipReason, Instant updatedAt, String updatedBy, int version) {}
