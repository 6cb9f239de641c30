/**
 * Platform: what every module stands on and no business rule: the database (embedded or
 * external), the audit log, the web layout, i18n and error pages. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package id.kesos.platform;
