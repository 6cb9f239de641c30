package id.kesos.access.internal;

import id.kesos.access.Role;
import id.kesos.access.UnitType;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a new demo installation: the organisation tree of the seeds and one user per role, all with
 * the password {@value #PASSWORD}. Runs only in demo mode and only on an empty tree.
 */
@Component
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "kesos-demo";

    private final DemoMode demoMode;
    private final OrgUnitRepository units;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;

    DemoData(DemoMode demoMode, OrgUnitRepository units, UserAccountRepository users, PasswordEncoder passwordEncoder,
            AuditLog audit) {
        this.demoMode = demoMode;
        this.units = units;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || units.countAll() > 0) {
            return;
        }
        long kemensos = unit(null, UnitType.KEMENTERIAN, "Kementerian Sosial", null,
                "Jl. Salemba Raya No. 28, Jakarta Pusat");
        long soeharso = unit(kemensos, UnitType.SENTRA, "Sentra Terpadu \"Prof. Dr. Soeharso\" Surakarta",
                "33.72.04.1010", "Jl. Tentara Pelajar, Jebres, Surakarta");
        long mulyaJaya = unit(kemensos, UnitType.SENTRA, "Sentra Mulya Jaya Jakarta", null,
                "Jl. Tat Twam Asi No. 47, Pasar Rebo, Jakarta Timur");
        long jateng = unit(kemensos, UnitType.DINAS_PROVINSI, "Dinas Sosial Provinsi Jawa Tengah", "33",
                "Jl. Pahlawan No. 12, Semarang");
        long boyolali = unit(jateng, UnitType.DINAS_KABKOTA, "Dinas Sosial Kabupaten Boyolali", "33.09", null);
        long ngemplak = unit(boyolali, UnitType.KECAMATAN, "Kecamatan Ngemplak (TKSK)", "33.09.11", null);
        unit(ngemplak, UnitType.DESA, "Puskesos Desa Gagaksipat", "33.09.11.2004", null);

        user("admin", "Administrator Kesos", Role.ADMIN, kemensos);
        user("kepala", "Kepala Sentra Soeharso", Role.KEPALA, soeharso);
        user("supervisor", "Supervisor Rehabilitasi Sosial", Role.SUPERVISOR, soeharso);
        user("peksos", "Pekerja Sosial Sentra Soeharso", Role.PEKSOS, soeharso);
        user("peksos2", "Pekerja Sosial Sentra Mulya Jaya", Role.PEKSOS, mulyaJaya);
        user("supervisor2", "Supervisor Sentra Mulya Jaya", Role.SUPERVISOR, mulyaJaya);
        user("dinsos", "Petugas Dinas Sosial Boyolali", Role.DINSOS, boyolali);
        user("tksk", "TKSK Kecamatan Ngemplak", Role.TKSK, ngemplak);
        user("pendamping", "Pendamping PKH Boyolali", Role.PENDAMPING, boyolali);
        user("viewer", "Pemantau Dinas Sosial Jawa Tengah", Role.VIEWER, jateng);
    }

    private long unit(Long parent, UnitType type, String name, String regionCode, String address) {
        long id = units.save(OrgUnit.create(parent, type, name, regionCode, address)).id();
        audit.record(AuditAction.CREATE, "ORG_UNIT", id, "data demo");
        return id;
    }

    private void user(String username, String fullName, Role role, long unitId) {
        long id = users.save(UserAccount.create(username, fullName, null, passwordEncoder.encode(PASSWORD), role, unitId))
                .id();
        audit.record(AuditAction.CREATE, "USER", id, "data demo");
    }
}
