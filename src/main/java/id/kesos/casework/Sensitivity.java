package id.kesos.casework;

/** Why a case is sensitive: only its team and the head of the unit may open it. */
public enum Sensitivity {
    VIOLENCE, SEXUAL_EXPLOITATION, TRAFFICKING, CHILD_PROTECTION, MENTAL_ILLNESS
}
