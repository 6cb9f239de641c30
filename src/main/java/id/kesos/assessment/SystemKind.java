package id.kesos.assessment;

/** What kind of system an ecomap shows around the client; the figure tints it by its group. */
public enum SystemKind {
    FAMILY, RELATIVES, FRIENDS, PEERS, SOCIAL_WORKER, COMPANION, CAREGIVER, SCHOOL, WORK, HEALTH, RELIGION,
    SENTRA, DINSOS, COMMUNITY, OTHER
}
