package id.kesos.access.internal;

import id.kesos.access.KesosUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in by an API token; the only kind the API accepts outside token issuing. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final KesosUser user;

    ApiTokenAuthentication(KesosUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public KesosUser getPrincipal() {
        return user;
    }
}
