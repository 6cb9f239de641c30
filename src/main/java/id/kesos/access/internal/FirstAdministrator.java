package id.kesos.access.internal;

import id.kesos.access.PasswordPolicy;
import id.kesos.access.Role;
import id.kesos.access.UnitType;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.DemoMode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty production database: the root unit and a first administrator {@code admin} with the
 * password given in {@code KESOS_ADMIN_PASSWORD}, so that nobody has to write SQL to begin.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private final DemoMode demoMode;
    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final String password;
    private final String rootUnitName;

    FirstAdministrator(DemoMode demoMode, OrgUnitRepository units, UserAccountRepository users,
            PasswordEncoder passwordEncoder, AuditLog audit,
            @Value("${kesos.admin-password:}") String password,
            @Value("${kesos.root-unit:Kementerian Sosial}") String rootUnitName) {
        this.demoMode = demoMode;
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.password = password;
        this.rootUnitName = rootUnitName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoMode.enabled() || password.isEmpty() || units.countAll() > 0) {
            return;
        }
        PasswordPolicy.problem(password, "admin").ifPresent(problem -> {
            throw new IllegalStateException("KESOS_ADMIN_PASSWORD breaks the password rule: " + problem);
        });
        long root = units.save(OrgUnit.create(null, UnitType.KEMENTERIAN, rootUnitName, null, null)).id();
        long admin = users.save(UserAccount.create("admin", "Administrator", null, passwordEncoder.encode(password),
                Role.ADMIN, root)).id();
        audit.record(AuditAction.CREATE, "ORG_UNIT", root, "unit akar pertama");
        audit.record(AuditAction.CREATE, "USER", admin, "administrator pertama");
    }
}
