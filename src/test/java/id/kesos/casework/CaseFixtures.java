package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;
import id.kesos.registry.Persons;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cases brought to a stage through the services as their users would, for tests that start
 * further on: a case of Sentra Soeharso with peksos responsible, its contract saved, or its plan
 * approved.
 */
public final class CaseFixtures {

    /** Serials of the fixtures' clients, unique within the test JVM (whose database all tests share). */
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final Cases cases;
    private final Persons persons;
    private final UserDetailsService principals;

    public CaseFixtures(Cases cases, Persons persons, UserDetailsService principals) {
        this.cases = cases;
        this.persons = persons;
        this.principals = principals;
    }

    public KesosUser user(String username) {
        return (KesosUser) principals.loadUserByUsername(username);
    }

    /** A case the worker opens for a new client registered by Dinas Sosial Boyolali. */
    public long open(String worker, String clientName, Sensitivity sensitivity) {
        String nik = "330911580788" + String.format("%04d", SERIAL.incrementAndGet());
        PersonView client = persons.register(user("dinsos"), new PersonInput(nik, null, clientName, "Boyolali",
                "1988-07-18", "P", null, "ISLAM", "SMA", "BELUM_BEKERJA", "KAWIN", null, "33.09.11.2004",
                "Ngemplak", "003", "001", null), "FORMULIR");
        return cases.open(user(worker), new OpenCase(null, client.nik(), ServiceBase.KOMUNITAS, "Disabilitas", null,
                "DINSOS_KABKOTA", "Dinas Sosial Kabupaten Boyolali", sensitivity, null)).id();
    }

    /**
     * A case of Sentra Soeharso through access and (skipped) engagement to its contract, saved
     * with the client's consent to sharing given or refused.
     */
    public long contracted(String clientName, boolean sharing, Sensitivity sensitivity) {
        long id = open("peksos", clientName, sensitivity);
        KesosUser peksos = user("peksos");
        cases.complete(peksos, id, Stage.AKSES);
        cases.skip(user("kepala"), id, Stage.ENGAGEMENT, "Kontak awal sudah oleh Dinas Sosial");
        save(peksos, id, Stage.KONTRAK, Map.of("client_rights_duties", "Mengikuti kegiatan",
                "worker_rights_duties", "Menjaga kerahasiaan", "consent_by", "CLIENT", "consent_date", "2024-09-02",
                "consent_services", "true", "consent_sharing", Boolean.toString(sharing),
                "consent_reporting", "true"));
        return id;
    }

    /** A case of Sentra Soeharso whose contract is done (sharing consented), so that its assessment may begin. */
    public long assessable(String clientName) {
        long id = contracted(clientName, true, null);
        cases.complete(user("peksos"), id, Stage.KONTRAK);
        return id;
    }

    /** A contracted case whose plan the head approved, assessment and first conference skipped: implementation may begin. */
    public long planned(String clientName, Sensitivity sensitivity) {
        long id = contracted(clientName, true, sensitivity);
        KesosUser peksos = user("peksos");
        KesosUser kepala = user("kepala");
        cases.complete(peksos, id, Stage.KONTRAK);
        cases.skip(kepala, id, Stage.ASESMEN, "Asesmen dari Dinas Sosial dipakai");
        cases.skip(kepala, id, Stage.CC1, "Dibahas dalam rapat tim mingguan");
        save(peksos, id, Stage.RENCANA, Map.of("general_goal", "Kepercayaan diri meningkat",
                "specific_goals", "Berani berbicara di kelompok", "target_systems", "Klien dengan teman sebaya",
                "success_indicators", "Klien menyampaikan pendapat"));
        cases.addEntry(peksos, id, Stage.RENCANA, Map.of("planned_date", "2024-09-10", "activity", "Kerja kelompok",
                "method", "GROUP_WORK", "technique", "Dinamika kelompok", "expected_result", "Klien aktif"));
        cases.complete(peksos, id, Stage.RENCANA);
        cases.approve(kepala, id, Stage.RENCANA, "Rencana disetujui");
        return id;
    }

    /** Saves these values into the stage over those it holds, from the version it has now. */
    public void save(KesosUser user, long id, Stage stage, Map<String, String> changes) {
        StageDetail detail = cases.stage(user, id, stage);
        Map<String, String> values = new HashMap<>(detail.values());
        values.putAll(changes);
        cases.saveStage(user, id, stage, detail.view().version(), values);
    }
}
