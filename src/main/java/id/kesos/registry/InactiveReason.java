package id.kesos.registry;

/** Why a person no longer counts in the registry; a person is never deleted. */
public enum InactiveReason {
    DECEASED, MOVED, DUPLICATE_MERGED, DATA_ERROR
}
