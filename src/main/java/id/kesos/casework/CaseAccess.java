package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.access.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with cases. Cases are for the units' case workers, their supervisors and
 * heads; administrators and read-only viewers manage or count, they do not read case files.
 * A sensitive case opens only for its team and the head of the unit.
 */
final class CaseAccess {

    private static final Set<Role> READERS = EnumSet.of(Role.KEPALA, Role.SUPERVISOR, Role.PEKSOS, Role.PENDAMPING,
            Role.TKSK, Role.DINSOS);
    private static final Set<Role> OPENERS = EnumSet.of(Role.SUPERVISOR, Role.PEKSOS, Role.PENDAMPING, Role.TKSK,
            Role.DINSOS);
    private static final Set<Role> SUPERVISORS = EnumSet.of(Role.SUPERVISOR, Role.KEPALA);

    private CaseAccess() {}

    /** May see cases at all (still only those of the units in scope). */
    static boolean reads(KesosUser user) {
        return READERS.contains(user.role());
    }

    static boolean opens(KesosUser user) {
        return OPENERS.contains(user.role());
    }

    /** Approves, rejects and skips: a supervisor or the head of the unit. */
    static boolean supervises(KesosUser user) {
        return SUPERVISORS.contains(user.role());
    }

    /** May read the case's content. */
    static boolean readsContent(KesosUser user, boolean sensitive, boolean member) {
        return !sensitive || member || user.role() == Role.KEPALA;
    }

    /**
     * Refers the case to another unit or revokes the referral: its responsible worker, or a
     * supervisor or the head of the unit holding it.
     */
    static boolean refers(KesosUser user, boolean responsible) {
        return responsible || supervises(user);
    }

    /** May write into the case: its team, or a supervisor of the unit. */
    static boolean writes(KesosUser user, boolean sensitive, boolean member) {
        return member || user.role() == Role.SUPERVISOR && !sensitive;
    }
}
