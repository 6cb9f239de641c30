package id.kesos.assessment;

/** Which way energy, support or resources go between the client and a system: the figure's arrows. */
public enum EnergyFlow {
    TO_CLIENT, FROM_CLIENT, BOTH, NONE
}
