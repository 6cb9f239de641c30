package id.kesos.assessment;

import id.kesos.platform.Svg;

/** A strengths quadrant with its drawing, as the stage page and the report show them. */
public record StrengthsFigure(Strengths strengths, Svg figure) {}
