package id.kesos.progress;

import id.kesos.casework.StageAccess;

/**
 * What the form for one measurement shows: the case as the user reaches the phase's stage, the
 * indicator, and for an instrument's indicator the instrument whose current version is answered.
 *
 * @param instrument null for a counted behaviour
 */
public record Measuring(StageAccess access, Phase phase, Indicator indicator, Instrument instrument) {}
