package id.kesos.assessment;

/**
 * The four fields of Saleebey's strengths quadrant: strengths and weaknesses, of the client as a
 * person and of their environment. The figure puts strengths on top and the environment on the
 * left, as the seed's "Seleeby Strength" of client US does.
 */
public enum StrengthQuadrant {
    ENVIRONMENT_STRENGTH(true, false),
    PERSONAL_STRENGTH(true, true),
    ENVIRONMENT_WEAKNESS(false, false),
    PERSONAL_WEAKNESS(false, true);

    private final boolean strength;
    private final boolean personal;

    StrengthQuadrant(boolean strength, boolean personal) {
        this.strength = strength;
        this.personal = personal;
    }

    public boolean strength() {
        return strength;
    }

    public boolean personal() {
        return personal;
    }
}
