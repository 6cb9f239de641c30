package id.kesos.assessment;

/**
 * A person of the genogram as the editor's form sends it; {@code key} is empty for a new person.
 * Years are text as typed, checked by the service.
 */
public record GenogramPersonInput(String key, String name, String sex, String birthYear, String deathYear,
        boolean deceased, boolean client, boolean household) {}
