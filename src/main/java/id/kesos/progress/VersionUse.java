package id.kesos.progress;

import java.time.Instant;

/** One version of an instrument and how often it was taken, for the administrator's history. */
public record VersionUse(int number, Instant createdAt, String createdBy, long taken) {}
