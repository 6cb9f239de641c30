package id.kesos.progress;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One measurement of an indicator.
 *
 * @param value         the indicator's score or count
 * @param versionNumber the instrument version it was taken with, or null for a count
 */
public record Measurement(long id, long indicatorId, Phase phase, LocalDate measuredOn, double value,
        Integer versionNumber, String note, String recordedBy, Instant recordedAt) {}
