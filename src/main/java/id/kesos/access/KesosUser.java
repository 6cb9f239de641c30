package id.kesos.access;

import id.kesos.platform.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: identity, role and unit scope, kept in the session. */
public final class KesosUser implements UserDetails, CredentialsContainer, Actor {

    private final long id;
    private final String username;
    private final String fullName;
    private final Role role;
    private final UnitScope scope;
    private final String unitName;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public KesosUser(long id, String username, String fullName, Role role, UnitScope scope, String unitName,
            boolean enabled, boolean locked, String passwordHash) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.scope = scope;
        this.unitName = unitName;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public long unitId() {
        return scope.unitId();
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    public UnitScope scope() {
        return scope;
    }

    public String unitName() {
        return unitName;
    }

    public boolean hasRole(Role... roles) {
        return List.of(roles).contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KesosUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "KesosUser[" + username + "]";
    }
}
