package id.kesos.registry.web;

import id.kesos.registry.PersonInput;
import id.kesos.registry.PersonView;

/** The person form: the import columns as strings, and the version the editor started from. */
record PersonForm(String nik, String noKk, String nama, String tempatLahir, String tanggalLahir, String jenisKelamin,
        String hubunganKeluarga, String agama, String pendidikan, String pekerjaan, String statusPerkawinan,
        String disabilitas, String kodeWilayah, String alamat, String rt, String rw, String penghasilanBulanan,
        Integer version, Boolean confirmNew) {

    static PersonForm blank() {
        return new PersonForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", null, false);
    }

    static PersonForm of(PersonView person) {
        PersonInput p = person.input();
        return new PersonForm(p.nik(), p.noKk(), p.nama(), p.tempatLahir(), p.tanggalLahir(), p.jenisKelamin(),
                p.hubunganKeluarga(), p.agama(), p.pendidikan(), p.pekerjaan(), p.statusPerkawinan(), p.disabilitas(),
                p.kodeWilayah(), p.alamat(), p.rt(), p.rw(), p.penghasilanBulanan(), person.version(), false);
    }

    /** True once the user has seen the lookalikes and still registers a new person. */
    boolean confirmed() {
        return Boolean.TRUE.equals(confirmNew);
    }

    PersonInput input() {
        return new PersonInput(nik, noKk, nama, tempatLahir, tanggalLahir, jenisKelamin, hubunganKeluarga, agama,
                pendidikan, pekerjaan, statusPerkawinan, disabilitas, kodeWilayah, alamat, rt, rw, penghasilanBulanan);
    }

    /** The form field of an import column: {@code tanggal_lahir} is {@code tanggalLahir}. */
    static String field(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
