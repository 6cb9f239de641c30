package id.kesos.assessment;

/** A genogram person's sex: L (square), P (circle), or not known (diamond). */
public enum GenogramSex {
    L, P, UNKNOWN
}
