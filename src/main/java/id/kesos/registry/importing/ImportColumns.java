package id.kesos.registry.importing;

import id.kesos.registry.PersonInput;
import java.util.List;

/** The columns of an import file, in their order, and how a row of them becomes a {@link PersonInput}. */
public final class ImportColumns {

    public static final List<String> NAMES = List.of("nik", "no_kk", "nama", "tempat_lahir", "tanggal_lahir",
            "jenis_kelamin", "hubungan_keluarga", "agama", "pendidikan", "pekerjaan", "status_perkawinan",
            "disabilitas", "kode_wilayah", "alamat", "rt", "rw", "penghasilan_bulanan");

    public static final int COUNT = NAMES.size();

    /** The header as the template writes it. */
    public static final String HEADER = String.join(",", NAMES);

    static final int NIK = 0;
    static final int BIRTH_DATE = 4;

    private ImportColumns() {}

    /** True when the cells are exactly the column names, ignoring case and surrounding blanks. */
    static boolean isHeader(List<String> cells) {
        if (cells.size() < COUNT) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (i < COUNT ? !cell.equalsIgnoreCase(NAMES.get(i)) : !cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static PersonInput toInput(String[] v) {
        return new PersonInput(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
                v[13], v[14], v[15], v[16]);
    }
}
