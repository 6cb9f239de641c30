package id.kesos.progress;

import id.kesos.access.KesosUser;
import id.kesos.casework.CaseFixtures;
import id.kesos.casework.Cases;
import id.kesos.casework.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Cases of Sentra Soeharso brought to where measurements are taken: the plan under way (baseline),
 * the implementation (during) and the evaluation (post), through casework's services.
 */
public final class ProgressFixtures {

    private final CaseFixtures cases;
    private final Cases service;

    public ProgressFixtures(CaseFixtures cases, Cases service) {
        this.cases = cases;
        this.service = service;
    }

    public KesosUser user(String username) {
        return cases.user(username);
    }

    /** A contracted case whose assessment and first conference were skipped: the plan may be written. */
    public long planning(String client) {
        long id = cases.contracted(client, true, null);
        service.complete(user("peksos"), id, Stage.KONTRAK);
        service.skip(user("kepala"), id, Stage.ASESMEN, "Asesmen dari Dinas Sosial dipakai");
        service.skip(user("kepala"), id, Stage.CC1, "Dibahas dalam rapat tim mingguan");
        return id;
    }

    /** Writes and approves the plan: the implementation may begin. */
    public void approvePlan(long id) {
        KesosUser peksos = user("peksos");
        cases.save(peksos, id, Stage.RENCANA, Map.of("general_goal", "Kepercayaan diri klien meningkat",
                "specific_goals", "Tidak malu bertanya dan meminta bantuan", "target_systems", "Klien",
                "success_indicators", "Skor daftar periksa kepercayaan diri sekurang-kurangnya 36"));
        service.addEntry(peksos, id, Stage.RENCANA, Map.of("planned_date", "2024-09-17", "activity",
                "Konseling kepercayaan diri", "method", "CASE_WORK", "technique", "Advice giving and counseling",
                "expected_result", "Klien mau terbuka"));
        service.complete(peksos, id, Stage.RENCANA);
        service.approve(user("kepala"), id, Stage.RENCANA, "Rencana disetujui");
    }

    /** Records a session and completes the implementation; the second conference is skipped: the evaluation may begin. */
    public void implement(long id) {
        KesosUser peksos = user("peksos");
        Map<String, String> session = new HashMap<>(Map.of("session_date", "2024-09-17", "activity",
                "Konseling kepercayaan diri", "target", "Klien US", "goal", "Klien memahami kepercayaan diri",
                "method", "CASE_WORK", "technique", "Advice giving and counseling", "process",
                "Praktikan dan klien berbincang", "result", "Klien mau terbuka"));
        service.addEntry(peksos, id, Stage.PELAKSANAAN, session);
        service.complete(peksos, id, Stage.PELAKSANAAN);
        service.skip(user("kepala"), id, Stage.CC2, "Dibahas dalam rapat tim mingguan");
    }

    /** Every item of the version answered with the option at this position, reversed items with the other. */
    static Map<Integer, Integer> answers(InstrumentVersion version, int option, int reversedOption) {
        return version.items().stream().collect(Collectors.toMap(Item::position,
                item -> item.reversed() ? reversedOption : option));
    }

    /** Every item answered except those named. */
    static Map<Integer, Integer> answersWithout(InstrumentVersion version, Integer... left) {
        Map<Integer, Integer> answers = new HashMap<>(answers(version, 2, 3));
        List.of(left).forEach(answers::remove);
        return answers;
    }

}
