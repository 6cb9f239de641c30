package id.kesos.casework;

/** The professions of a Sentra's multidisciplinary case team. */
public enum Profession {
    PEKERJA_SOSIAL, PSIKOLOG, FISIOTERAPIS, INSTRUKTUR, PENDAMPING_ASRAMA, PERAWAT, DOKTER, KONSELOR, LAINNYA
}
