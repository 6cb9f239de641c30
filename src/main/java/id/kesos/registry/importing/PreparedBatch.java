package id.kesos.registry.importing;

import java.util.List;

/**
 * A batch ready to be stored: its checked rows (kept to prepare it again) and the data of the
 * COPYs of its transaction, in COPY's text format.
 *
 * @param number   the batch's number in the file, from 0
 * @param persons  new persons with their family, with ids drawn from the sequence
 * @param changed  the rows of registered persons whose values or family differ, for the temporary table
 * @param problems every problem of the batch's rows
 * @param stored   rows stored or found unchanged, counted as accepted
 * @param rejected rows with an error, a NIK of someone else's included
 * @param warnings accepted rows with a warning
 */
record PreparedBatch(int number, List<CheckedRow> rows, String persons, String changed,
        String problems, int stored, int rejected, int warnings) {}
