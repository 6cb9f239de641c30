/**
 * Casework: ATENSI cases from referral to after-care, their stages, team, approvals and
 * timeline, papers and attachments. Depends on the platform, the access module's users and
 * units, the registry's persons and the region names its papers print.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
        allowedDependencies = {"platform", "access", "registry", "region"})
package id.kesos.casework;
