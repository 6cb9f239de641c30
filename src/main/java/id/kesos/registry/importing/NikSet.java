package id.kesos.registry.importing;

import java.util.Arrays;

/**
 * The NIKs seen so far in one file, as longs in an open-addressing table: a million NIKs take
 * 16 MB instead of the ~100 MB of a {@code HashSet<String>}.
 */
final class NikSet {

    private static final long EMPTY = -1;

    private long[] slots = new long[1 << 14];
    private int size;

    /** The NIK as a number when it is 16 digits, else -1. */
    static long key(String nik) {
        if (nik == null || nik.length() != 16) {
            return EMPTY;
        }
        long key = 0;
        for (int i = 0; i < 16; i++) {
            char c = nik.charAt(i);
            if (c < '0' || c > '9') {
                return EMPTY;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    NikSet() {
        Arrays.fill(slots, EMPTY);
    }

    /** Adds the key; false when it was there already. Keys below 0 are ignored (and reported new). */
    boolean add(long key) {
        if (key < 0) {
            return true;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = hash(key) & mask;
        while (slots[i] != EMPTY) {
            if (slots[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = key;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, EMPTY);
        size = 0;
        for (long key : old) {
            if (key != EMPTY) {
                add(key);
            }
        }
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
