package id.kesos.platform;

import java.time.ZoneId;

/** Dates typed and shown in the UI are in western Indonesian time unless a user says otherwise. */
public final class KesosClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private KesosClock() {}
}
