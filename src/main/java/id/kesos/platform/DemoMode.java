package id.kesos.platform;

/**
 * Whether this installation runs with demo data. On by default on the embedded database; an
 * external database gets demo data only with {@code KESOS_DEMO=true}.
 */
public record DemoMode(boolean enabled) {}
