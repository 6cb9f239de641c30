/**
 * Reporting: the dashboard a user lands on, and later statistics and exports. Reads other
 * modules through their public services only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"platform", "access", "region"})
package id.kesos.reporting;
