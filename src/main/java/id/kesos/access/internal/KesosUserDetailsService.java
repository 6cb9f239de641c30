package id.kesos.access.internal;

import id.kesos.access.ApiTokens;
import id.kesos.access.KesosUser;
import id.kesos.access.UnitScope;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the signed-in user with the scope of their unit. */
@Component
class KesosUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final OrgUnitRepository units;
    private final ApiTokens tokens;

    KesosUserDetailsService(UserAccountRepository users, OrgUnitRepository units, ApiTokens tokens) {
        this.users = users;
        this.units = units;
        this.tokens = tokens;
    }

    @Override
    @Transactional(readOnly = true)
    public KesosUser loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return toPrincipal(account);
    }

    /**
     * The user of a usable API token, read in the transaction of the token check: three
     * transactions per API request were six round trips to the database for their begin and commit.
     */
    @Transactional
    public Optional<KesosUser> loadByToken(String secret) {
        return tokens.authenticate(secret).flatMap(users::findById).map(this::toPrincipal);
    }

    KesosUser toPrincipal(UserAccount account) {
        OrgUnit unit = units.findById(account.unitId()).orElseThrow();
        return new KesosUser(account.id(), account.username(), account.fullName(), account.role(),
                new UnitScope(unit.id(), unit.path()), unit.name(), account.active() && unit.active(),
                account.lockedAt(Instant.now()), account.passwordHash());
    }
}
