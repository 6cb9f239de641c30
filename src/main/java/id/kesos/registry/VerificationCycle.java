package id.kesos.registry;

import id.kesos.access.KesosUser;
import id.kesos.access.Role;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The six-monthly re-verification of the integrated social welfare data (DTKS, now DTSEN): who is
 * due and who may verify.
 */
public final class VerificationCycle {

    public static final Period INTERVAL = Period.ofMonths(6);

    /**
     * The roles that verify registry data in the field: the Dinas Sosial officer who manages the
     * registry of the area, the TKSK and the PKH companion. A Sentra's staff serve persons in cases
     * but hold no territory to verify; heads of unit and viewers read.
     */
    public static final Set<Role> VERIFIERS = Collections.unmodifiableSet(
            EnumSet.of(Role.ADMIN, Role.DINSOS, Role.TKSK, Role.PENDAMPING));

    private VerificationCycle() {}

    public static boolean mayVerify(KesosUser user) {
        return VERIFIERS.contains(user.role());
    }

    /** The last day of verification that is due again today: a record verified then is six months old. */
    public static LocalDate lastDueDay(LocalDate today) {
        return today.minus(INTERVAL);
    }
}
