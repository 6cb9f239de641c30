package id.kesos.access.internal;

import id.kesos.access.KesosUser;
import id.kesos.access.UnitScope;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the signed-in user with the scope of their unit. */
@Component
class KesosUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final OrgUnitRepository units;

    KesosUserDetailsService(UserAccountRepository users, OrgUnitRepository units) {
        this.users = users;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public KesosUser loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return toPrincipal(account);
    }

    KesosUser toPrincipal(UserAccount account) {
        OrgUnit unit = units.findById(account.unitId()).orElseThrow();
        return new KesosUser(account.id(), account.username(), account.fullName(), account.role(),
                new UnitScope(unit.id(), unit.path()), unit.name(), account.active() && unit.active(),
                account.lockedAt(Instant.now()), account.passwordHash());
    }
}
