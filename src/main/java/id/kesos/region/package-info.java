/**
 * Region: Indonesia's administrative regions (provinces, regencies, districts, villages) as
 * reference data, their lookups and search, and the cascading region field used by forms.
 * Depends on the platform only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Region", allowedDependencies = "platform")
package id.kesos.region;
