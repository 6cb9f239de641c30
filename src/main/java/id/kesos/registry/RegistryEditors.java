package id.kesos.registry;

import id.kesos.access.KesosUser;
import id.kesos.access.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who writes the registry (registers, corrects, deactivates a person, records a decile, imports):
 * every role that serves persons. A viewer (Pemantau) follows the data of their scope and writes
 * none of it.
 */
public final class RegistryEditors {

    public static final Set<Role> ROLES = EnumSet.complementOf(EnumSet.of(Role.VIEWER));

    private RegistryEditors() {}

    public static boolean mayEdit(KesosUser user) {
        return ROLES.contains(user.role());
    }
}
