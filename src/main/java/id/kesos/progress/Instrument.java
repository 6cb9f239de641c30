package id.kesos.progress;

/**
 * An instrument with its current version.
 *
 * @param version       the instrument row's version, for saving an edit without overwriting another's
 * @param currentTaken  the current version has been taken, so saving a change creates the next one
 */
public record Instrument(long id, String code, String name, String measures, String description, int version,
        InstrumentVersion current, boolean currentTaken) {}
