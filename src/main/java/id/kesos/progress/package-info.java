/**
 * Measured progress: instruments kept as data in versions, the measurable success indicators of
 * a case's plan (an instrument's score or a counted behaviour), the measurements taken at baseline,
 * during and after the intervention, and the change the evaluation shows in figures and a chart.
 * Builds on casework, whose stage pages and case report show it through {@code StagePart}s and
 * whose checks guard every read and write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measured progress",
        allowedDependencies = {"platform", "access", "casework"})
package id.kesos.progress;
