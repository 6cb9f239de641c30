package id.kesos.casework;

import java.time.Instant;

/** A request for a supervisor's approval of a stage, with its decision once given. */
public record ApprovalView(long id, Stage stage, Instant requestedAt, String requestedBy, String decision,
        Instant decidedAt, String decidedBy, String comment) {}
