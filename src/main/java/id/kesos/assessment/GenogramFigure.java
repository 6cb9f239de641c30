package id.kesos.assessment;

import id.kesos.platform.Svg;

/** A genogram with its drawing, as the stage page and the report show them. */
public record GenogramFigure(CaseGenogram genogram, Svg figure) {}
