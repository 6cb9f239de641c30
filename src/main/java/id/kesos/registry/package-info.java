/**
 * Registry: persons and families (NIK, KK, address), their validation, history, duplicates,
 * search and bulk import. Depends on the platform, the region list and the access module's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry",
        allowedDependencies = {"platform", "region", "access"})
package id.kesos.registry;
