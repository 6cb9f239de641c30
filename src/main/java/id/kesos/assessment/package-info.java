/**
 * Assessment tools: the ecomap, the genogram and the strengths quadrant of a case's assessment,
 * entered as data and drawn as figures on the assessment page, in the case report and as SVG or
 * PNG. Builds on casework, which shows the figures through its {@code StagePart}s, and on the
 * registry's families.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment tools",
        allowedDependencies = {"platform", "access", "casework", "registry"})
package id.kesos.assessment;
