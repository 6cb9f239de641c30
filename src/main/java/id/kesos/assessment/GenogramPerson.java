package id.kesos.assessment;

/**
 * One person of a genogram, named as the worker typed the name (the registry's NIK never shows).
 *
 * @param key        identifies the person within the genogram
 * @param name       the label under the symbol; may be empty for a person whose name is unknown
 * @param birthYear  null when unknown
 * @param deathYear  null when unknown or alive
 * @param deceased   drawn with an X; true whenever a death year is known
 * @param client     the client of the case, drawn with a double outline
 * @param household  lives in the client's household, inside the dashed outline
 */
public record GenogramPerson(String key, String name, GenogramSex sex, Integer birthYear, Integer deathYear,
                             boolean deceased, boolean client, boolean household) {

    public GenogramPerson {
        name = name == null ? "" : name.strip();
        sex = sex == null ? GenogramSex.UNKNOWN : sex;
        deceased = deceased || deathYear != null;
    }
}
