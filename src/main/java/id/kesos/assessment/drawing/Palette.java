package id.kesos.assessment.drawing;

import id.kesos.assessment.SystemKind;

/** Light fills that group an ecomap's systems: family, peers, workers, institutions, the rest. */
final class Palette {

    private Palette() {}

    static String fill(SystemKind kind) {
        return switch (kind) {
            case FAMILY, RELATIVES -> "#fdf2d0";
            case FRIENDS, PEERS, COMMUNITY -> "#e3f1e0";
            case SOCIAL_WORKER, COMPANION, CAREGIVER -> "#e0ebf7";
            case SCHOOL, WORK, HEALTH, RELIGION, SENTRA, DINSOS -> "#efe5f4";
            case OTHER -> "#f1f1f1";
        };
    }
}
