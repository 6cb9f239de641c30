package id.kesos.registry;

import id.kesos.access.KesosUser;
import id.kesos.access.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who writes the registry (registers, corrects, deactivates a person, records a decile, imports):
 * every role that serves persons. A viewer (Pemantau) follows the data of their scope and writes
 * none of it.
 */
public final class RegistryEditors {

    /** Named one by one, so that a role added later writes nothing until it is put here. */
    public static final Set<Role> ROLES = Collections.unmodifiableSet(EnumSet.of(Role.ADMIN, Role.KEPALA,
            Role.SUPERVISOR, Role.PEKSOS, Role.PENDAMPING, Role.TKSK, Role.DINSOS));

    private RegistryEditors() {}

    public static boolean mayEdit(KesosUser user) {
        return ROLES.contains(user.role());
    }

    /** @throws AccessDeniedException for a role that reads the registry only */
    static void require(KesosUser user) {
        if (!mayEdit(user)) {
            throw new AccessDeniedException("role reads the registry only");
        }
    }
}
