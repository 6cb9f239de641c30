package id.kesos.casework;

/** Where ATENSI is delivered; residential care is the last resort. */
public enum ServiceBase {
    KELUARGA, KOMUNITAS, RESIDENSIAL
}
