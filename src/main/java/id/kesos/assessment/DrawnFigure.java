package id.kesos.assessment;

import id.kesos.platform.Svg;

/**
 * A case's figure ready to download.
 *
 * @param fileName the file's name without extension, e.g. {@code SOEH-2026-0001-ecomap}
 */
public record DrawnFigure(String fileName, Svg svg) {}
