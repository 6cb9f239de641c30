package id.kesos.casework;

import id.kesos.platform.KesosClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a case's papers print: the case, its client as the papers name them (initials),
 * the unit's letterhead, every stage's values and records, the sessions held (its own and the
 * group sessions the client was in), the approvals and the attachments.
 */
public record CaseDossier(CaseView kase, Client client, Letterhead letterhead, Map<Stage, Map<String, String>> values,
        Map<Stage, List<StageEntry>> entries, List<SessionRecord> sessions, List<ApprovalView> approvals,
        List<Attachment> attachments, LocalDate printedOn) {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter WITH_DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIAN);

    /**
     * The client as the papers show them: by initials, with what the assessment's identity asks
     * (seed 004, 4.2.1), never the NIK or the street address.
     */
    public record Client(String initials, String sex, Integer age, String religion, String education,
            String occupation, String disability, String village, String district, String regency) {}

    /** The unit the case belongs to, with the bodies above it, as a letterhead names them. */
    public record Letterhead(List<String> above, String unitName, String address, String city) {}

    /** A stage's value, or null when it was left empty. */
    public String value(Stage stage, String key) {
        return values.getOrDefault(stage, Map.of()).get(key);
    }

    public List<StageEntry> entries(Stage stage) {
        return entries.getOrDefault(stage, List.of());
    }

    public StageView stage(Stage stage) {
        return kase.stage(stage);
    }

    /** The approval that completed the stage, or null when no supervisor gave one. */
    public ApprovalView approval(Stage stage) {
        return approvals.stream()
                .filter(a -> a.stage() == stage && "APPROVED".equals(a.decision()))
                .max(Comparator.comparing(ApprovalView::decidedAt))
                .orElse(null);
    }

    public String longDate(Instant instant) {
        return instant == null ? "" : LONG.format(instant.atZone(KesosClock.ZONE));
    }

    /** The full name of the team's first member in that role, or empty for a line to sign on. */
    public String nameOf(TeamRole role) {
        return kase.team().stream().filter(m -> m.role() == role).map(TeamMember::fullName).findFirst().orElse("");
    }

    /** A stored date (ISO) as an Indonesian paper writes it: 17 September 2024. */
    public String longDate(String iso) {
        return format(iso, LONG);
    }

    /** A stored date with its weekday: Selasa, 17 September 2024. */
    public String dayDate(String iso) {
        return format(iso, WITH_DAY);
    }

    public String longDate(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }

    public String dayDate(LocalDate date) {
        return date == null ? "" : WITH_DAY.format(date);
    }

    private static String format(String iso, DateTimeFormatter formatter) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return formatter.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
