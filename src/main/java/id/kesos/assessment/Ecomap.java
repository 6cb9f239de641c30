package id.kesos.assessment;

import java.time.Instant;
import java.util.List;

/**
 * The ecomap of a case: the client (by initials, as the papers name them) in the centre and the
 * systems around.
 *
 * @param version   the version the editor's form was filled from, 0 before the first save
 * @param updatedAt null before the first save
 */
public record Ecomap(long caseId, String client, List<EcomapSystem> systems, int version, String updatedBy,
        Instant updatedAt) {

    /** The most systems a figure holds and stays readable. */
    public static final int MAX_SYSTEMS = 20;

    public boolean empty() {
        return systems.isEmpty();
    }
}
