package id.kesos.assessment;

import id.kesos.access.KesosUser;

/**
 * A figure of a case's assessment that can be downloaded, found by its name in the address
 * ({@code /cases/{id}/ecomap.svg}).
 */
public interface CaseFigure {

    /** The figure's name in addresses: {@code ecomap}, {@code strengths}. */
    String slug();

    /** The figure drawn, for a download or the API; the reading is audited. */
    DrawnFigure figure(KesosUser user, long caseId);
}
