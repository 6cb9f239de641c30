package id.kesos.casework;

import static id.kesos.casework.StageField.choice;
import static id.kesos.casework.StageField.date;
import static id.kesos.casework.StageField.longText;
import static id.kesos.casework.StageField.text;
import static id.kesos.casework.StageField.time;
import static id.kesos.casework.StageField.yesNo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a stage records, with the fields the seeds' forms use: the stage's own fields, and, for
 * stages that keep a list (contacts, family members, attendees, activities, sessions, supervision
 * notes, visits), the fields of one record of it. A record is dated by its first date field, or
 * by the day it was written when it has none.
 *
 * @param stage        the stage
 * @param fields       the stage's own fields
 * @param entryKind    the name of the stage's records (message key part), or null when it keeps none
 * @param entryFields  the fields of one record; empty when it keeps none
 */
public record StageForm(Stage stage, List<StageField> fields, String entryKind, List<StageField> entryFields) {

    /** Methods of social work practice (seed 004, table 2.2). */
    public static final String[] METHODS = {"CASE_WORK", "GROUP_WORK", "FAMILY", "COMMUNITY"};

    public static final String[] TERMINATION_REASONS = {"GOALS_REACHED", "REFERRAL", "CLIENT_REQUEST", "EXTERNAL",
        "DEATH"};

    /** The four aspects of the assessment's biopsychosocial-spiritual (BPSS) part, in the seed's order. */
    public static final List<String> BPSS = List.of("biological", "psychological", "social", "spiritual");

    private static final String[] LEVELS = {"HIGH", "ADEQUATE", "LOW"};

    private static final String[] RELATIONS = {"GOOD", "FAIR", "POOR"};

    /** The assessment's fields that open a part of its form, with the part's heading. */
    private static final Map<String, String> ASSESSMENT_SECTIONS = Map.of(
            "entry_history", "casework.section.background", "bio_health", "casework.section.biological",
            "psy_emotion", "casework.section.psychological", "soc_family", "casework.section.social",
            "spi_practice", "casework.section.spiritual", "problem_focus", "casework.section.problem");

    private static final List<StageField> ATTENDEES = List.of(text("name").mandatory(), text("position"),
            text("institution"), choice("side", "INSIDE", "OUTSIDE").mandatory());

    private static final List<StageField> CONFERENCE = List.of(date("conference_date").mandatory(), text("place"),
            text("chair"), longText("minutes").mandatory(), longText("decisions").mandatory());

    public static StageForm of(Stage stage) {
        return switch (stage) {
            case AKSES -> own(stage, choice("referral_source", "DINSOS_KABKOTA", "DINSOS_PROVINSI", "LKS", "SENTRA",
                    "RUMAH_SAKIT", "MASYARAKAT", "DATANG_SENDIRI", "PENJANGKAUAN").mandatory(),
                    text("referrer").mandatory(), text("letter_number"), date("letter_date"),
                    text("decision_number"), date("decision_date"), date("received_date").mandatory(),
                    longText("access_notes"));
            case ENGAGEMENT -> listing(stage, List.of(longText("engagement_summary").mandatory()), "contact",
                    date("contact_date").mandatory(), time("time"), text("place"), text("goal"),
                    longText("process").mandatory(), longText("result"));
            case KONTRAK -> own(stage, longText("client_rights_duties").mandatory(),
                    longText("worker_rights_duties").mandatory(),
                    choice("consent_by", "CLIENT", "GUARDIAN", "CLIENT_AND_GUARDIAN").mandatory(), text("guardian_name"),
                    text("guardian_relation"), date("consent_date").mandatory(), yesNo("consent_services").mandatory(),
                    yesNo("consent_sharing").mandatory(), yesNo("consent_reporting").mandatory());
            case ASESMEN -> listing(stage, List.of(longText("entry_history").mandatory(), longText("economic_background"),
                    longText("client_condition"), longText("family_hopes"),
                    choice("bio_health", "HEALTHY", "MINOR_ILLNESS", "CHRONIC_ILLNESS", "SEVERE_ILLNESS"),
                    text("bio_disability"), choice("bio_daily_living", "INDEPENDENT", "PARTLY_ASSISTED", "FULLY_ASSISTED"),
                    longText("biological").mandatory(), text("biological_summary").mandatory(),
                    choice("psy_emotion", "STABLE", "FLUCTUATING", "UNSTABLE"), choice("psy_self_esteem", LEVELS),
                    choice("psy_cognition", "ABOVE_AVERAGE", "AVERAGE", "BELOW_AVERAGE", "NOT_ASSESSED"),
                    longText("psychological").mandatory(), text("psychological_summary").mandatory(),
                    choice("soc_family", RELATIONS), choice("soc_peers", RELATIONS),
                    choice("soc_community", "ACTIVE", "PASSIVE", "WITHDRAWN"),
                    longText("social").mandatory(), text("social_summary").mandatory(),
                    choice("spi_practice", "REGULAR", "IRREGULAR", "RARELY"), yesNo("spi_community"),
                    longText("spiritual").mandatory(), text("spiritual_summary").mandatory(),
                    longText("problem_focus").mandatory(),
                    longText("symptoms").mandatory(), longText("potentials").mandatory(),
                    longText("informal_resources"), longText("formal_resources")), "family_member",
                    text("name").mandatory(), choice("sex", "L", "P"), text("age"),
                    text("relation").mandatory(), text("education"), text("occupation"), text("address"));
            case CC1, CC2 -> listing(stage, CONFERENCE, "attendee", ATTENDEES);
            case RENCANA -> listing(stage, List.of(longText("general_goal").mandatory(),
                    longText("specific_goals").mandatory(), longText("target_systems").mandatory(),
                    longText("success_indicators").mandatory(), longText("risks")), "activity",
                    date("planned_date").mandatory(), text("activity").mandatory(), choice("method", METHODS).mandatory(),
                    text("technique").mandatory(), text("expected_result").mandatory(), text("indicator"));
            case PELAKSANAAN -> listing(stage, List.of(longText("implementation_notes")), "session",
                    date("session_date").mandatory(), time("start_time"), time("end_time"), text("place"),
                    text("activity").mandatory(), text("target").mandatory(), text("goal").mandatory(), choice("method", METHODS).mandatory(),
                    text("technique").mandatory(), longText("process").mandatory(), longText("result").mandatory());
            case SUPERVISI -> listing(stage, List.of(longText("supervision_summary")), "supervision_note",
                    date("note_date").mandatory(), longText("note").mandatory(), longText("follow_up"));
            case MONEV -> own(stage, longText("process_evaluation").mandatory(),
                    longText("outcome_evaluation").mandatory(), longText("indicators_reached").mandatory(),
                    longText("evaluation_conclusion"));
            case TERMINASI -> own(stage, choice("termination_reason", TERMINATION_REASONS).mandatory(),
                    longText("client_final_condition").mandatory(), date("termination_date").mandatory(),
                    text("referral_to"), longText("referral_purpose"), longText("referral_recommendations"),
                    text("return_to"), text("return_place"), date("return_date"));
            case PASCA -> listing(stage, List.of(longText("aftercare_plan").mandatory()), "visit",
                    date("visit_date").mandatory(), longText("findings").mandatory(), date("next_visit_date"));
        };
    }

    /** True when the stage keeps a list of records. */
    public boolean hasEntries() {
        return entryKind != null;
    }

    /**
     * True when the stage cannot be completed without a record: its records are its substance
     * (contacts, attendees, activities, sessions, visits), unlike the assessment's family table
     * or the supervisor's notes.
     */
    public boolean entriesRequired() {
        return hasEntries() && stage != Stage.ASESMEN && stage != Stage.SUPERVISI;
    }

    /** The heading of the part of the form this field opens, or null when it opens none. */
    public String sectionAt(String key) {
        return stage == Stage.ASESMEN ? ASSESSMENT_SECTIONS.get(key) : null;
    }

    /** The structured fields of a BPSS aspect, e.g. {@code bio_health} for "biological". */
    public List<StageField> aspectFields(String aspect) {
        String prefix = aspect.substring(0, 3) + "_";
        return fields.stream().filter(f -> f.key().startsWith(prefix)).toList();
    }

    /** The field with this key, of the stage or of its records. */
    public Optional<StageField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static StageForm own(Stage stage, StageField... fields) {
        return new StageForm(stage, List.of(fields), null, List.of());
    }

    private static StageForm listing(Stage stage, List<StageField> fields, String entryKind, StageField... entryFields) {
        return listing(stage, fields, entryKind, List.of(entryFields));
    }

    private static StageForm listing(Stage stage, List<StageField> fields, String entryKind,
            List<StageField> entryFields) {
        return new StageForm(stage, fields, entryKind, entryFields);
    }
}
