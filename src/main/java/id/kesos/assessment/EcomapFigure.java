package id.kesos.assessment;

import id.kesos.platform.Svg;

/** An ecomap with its drawing, as the stage page and the report show them. */
public record EcomapFigure(Ecomap ecomap, Svg figure) {}
