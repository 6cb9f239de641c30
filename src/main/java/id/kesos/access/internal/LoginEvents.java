package id.kesos.access.internal;

import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins and locks an account for 15 minutes after 5 failures in a row; audits
 * every sign-in, failure and sign-out. An attempted username that matches no account is not
 * written down, since people sometimes type their password into that field.
 */
@Component
class LoginEvents {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private final UserAccountRepository users;
    private final AuditLog audit;

    LoginEvents(UserAccountRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        int changed = users.recordFailure(username, MAX_FAILURES, Instant.now().plus(LOCK_DURATION));
        recordFailure(changed > 0 ? username : null, "kata sandi salah");
    }

    @EventListener
    public void onLocked(AuthenticationFailureLockedEvent event) {
        recordFailure(event.getAuthentication().getName(), "akun terkunci");
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.recordSuccess(username, Instant.now());
        users.findByUsername(username).ifPresent(user ->
                audit.recordFor(user.username(), user.unitId(), AuditAction.LOGIN, null));
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName()).ifPresent(user ->
                audit.recordFor(user.username(), user.unitId(), AuditAction.LOGOUT, null));
    }

    private void recordFailure(String knownUsername, String reason) {
        Long unitId = knownUsername == null ? null
                : users.findByUsername(knownUsername).map(UserAccount::unitId).orElse(null);
        audit.recordFor(knownUsername, unitId, AuditAction.LOGIN_FAILED, reason);
    }
}
