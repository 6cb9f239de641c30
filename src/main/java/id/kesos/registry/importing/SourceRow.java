package id.kesos.registry.importing;

/**
 * One data row of an import file.
 *
 * @param line          its line in the file (the header is line 1; for XLSX the sheet's row number)
 * @param values        the {@link ImportColumns#COUNT} cells, missing ones null
 * @param columnsMissing true when the row had fewer cells than the header
 * @param columnsExtra   true when the row had more non-empty cells than the header
 */
record SourceRow(int line, String[] values, boolean columnsMissing, boolean columnsExtra) {

    /** The NIK as written, or null. */
    String nik() {
        String nik = values[ImportColumns.NIK];
        return nik == null ? null : nik.strip();
    }

    boolean isBlank() {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return !columnsExtra;
    }
}
