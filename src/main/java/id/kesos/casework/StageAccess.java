package id.kesos.casework;

/**
 * How a user reaches one stage of a case held by their unit, for the tools of other modules that
 * work on that stage (an ecomap belongs to the assessment, a score to the evaluation).
 *
 * @param initials the client as papers and figures name them
 * @param editable the user may write into the stage now: on the team, the case open, the stage
 *                 under way or ready to be entered
 */
public record StageAccess(long caseId, String caseNumber, long personId, String initials, StageState state,
        boolean editable) {}
