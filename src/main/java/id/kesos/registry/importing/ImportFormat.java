package id.kesos.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.CharBuffer;

/** The file types an import reads, told apart by their content, not by their name. */
public enum ImportFormat {
    CSV, XLSX;

    private static final int SNIFF_BYTES = 64 * 1024;

    /**
     * The format of the file: XLSX when it is a ZIP package, CSV when its start is UTF-8 text.
     *
     * @throws ImportFileException for an old binary XLS, other binary content or text that is not UTF-8
     */
    public static ImportFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length == 0) {
            throw new ImportFileException("registry.import.error.empty");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return XLSX;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportFileException("registry.import.error.xls");
        }
        for (byte b : head) {
            if (b == 0) {
                throw new ImportFileException("registry.import.error.format");
            }
        }
        if (!isUtf8(head, head.length == SNIFF_BYTES)) {
            throw new ImportFileException("registry.import.error.encoding");
        }
        return CSV;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 throughout; when the bytes were cut off, a character cut at the end is forgiven. */
    private static boolean isUtf8(byte[] bytes, boolean truncated) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), !truncated);
        if (result.isError()) {
            return false;
        }
        return truncated ? in.remaining() < 4 : !in.hasRemaining();
    }
}
