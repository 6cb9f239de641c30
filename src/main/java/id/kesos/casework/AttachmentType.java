package id.kesos.casework;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a stage takes: scans (PDF) and photos (JPEG, PNG). The kind is read from the
 * file's first bytes, never from its name or the browser's word, so that a renamed program or
 * document is refused.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** 10 MB: a phone photo or a scanned form of a few pages. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final byte[] PDF_START = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
        'D', 'R'};

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The kind of the file by its content: a PDF starts with its header and keeps its end marker in
     * its last kilobyte (a cut upload has none), a JPEG starts with its start-of-image marker, a
     * PNG with its signature and header chunk.
     */
    public static Optional<AttachmentType> of(byte[] content) {
        if (startsWith(content, PDF_START) && endsWithin(content, PDF_END, 1024)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_START)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_START)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    public static AttachmentType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst().orElseThrow();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean endsWithin(byte[] content, byte[] marker, int tail) {
        for (int start = Math.max(0, content.length - tail); start + marker.length <= content.length; start++) {
            if (Arrays.equals(content, start, start + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }
}
