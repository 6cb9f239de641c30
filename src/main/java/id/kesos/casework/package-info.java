/**
 * Casework: ATENSI cases from referral to after-care, their stages, team, approvals and
 * timeline. Depends on the platform, the access module's users and units, and the registry's
 * persons.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
        allowedDependencies = {"platform", "access", "registry"})
package id.kesos.casework;
