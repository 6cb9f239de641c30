package id.kesos.assessment;

import java.time.Instant;

/**
 * The genogram of a case.
 *
 * @param client    the client's initials, as the papers name them
 * @param version   the version the editor's forms were filled from, 0 before the first save
 * @param updatedAt null before the first save
 */
public record CaseGenogram(long caseId, String client, Genogram genogram, int version, String updatedBy,
        Instant updatedAt) {

    /** The most persons a genogram holds and stays readable on a page. */
    public static final int MAX_PERSONS = 80;

    public boolean empty() {
        return genogram.persons().isEmpty();
    }
}
