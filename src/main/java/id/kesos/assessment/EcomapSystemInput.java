package id.kesos.assessment;

/** One system of an ecomap as a form or the API sends it; checked by {@link Ecomaps#save}. */
public record EcomapSystemInput(String name, String kind, String strength, String flow, String note) {

    /** A row of the form left empty, which saving skips. */
    public boolean blank() {
        return isBlank(name) && isBlank(note);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
