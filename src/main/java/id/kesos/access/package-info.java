/**
 * Access: organisation units, users and their roles, sign-in, API tokens and the unit scope that
 * decides what a user may see. Depends on the platform (audit log) and the region module
 * (territories of government units).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {"platform", "region"})
package id.kesos.access;
