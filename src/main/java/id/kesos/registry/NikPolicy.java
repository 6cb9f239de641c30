package id.kesos.registry;

import id.kesos.access.Role;

/**
 * Who reads a full NIK: those who register, verify and serve persons. Heads of unit and viewers
 * read reports and see NIKs masked ({@code 3309**********01}); lists show them masked to everyone.
 */
public final class NikPolicy {

    private NikPolicy() {}

    public static boolean showsFullNik(Role role) {
        return role != Role.KEPALA && role != Role.VIEWER;
    }

    /** The NIK as this role may read it. */
    public static String display(String nik, Role role) {
        return showsFullNik(role) ? nik : new Nik(nik).masked();
    }
}
