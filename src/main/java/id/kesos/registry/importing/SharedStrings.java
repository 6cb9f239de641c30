package id.kesos.registry.importing;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings table of a workbook, copied once into temporary files and read from there by
 * index. A spreadsheet program keeps every text cell in this table, so for a registry file it holds
 * most of the file's content (1.6 million distinct strings in a million DTKS rows, about 100 MB as
 * Java strings): kept on the heap, it would grow with the file. The files are mapped, not read into
 * the heap, so a look-up costs a copy of the string's bytes.
 */
final class SharedStrings implements Closeable {

    static final SharedStrings NONE = new SharedStrings();

    /** Mapped at most this much at a time; a string that crosses a boundary is read from the channel. */
    private static final long SEGMENT = 1L << 30;

    private final Path textFile;
    private final Path offsetFile;
    private final FileChannel text;
    private final List<MappedByteBuffer> segments = new ArrayList<>();
    private final LongBuffer offsets;
    private final int count;

    private SharedStrings() {
        textFile = null;
        offsetFile = null;
        text = null;
        offsets = null;
        count = 0;
    }

    /** Copies the table's strings from {@code xml}, the parsed part {@code sharedStrings.xml}. */
    SharedStrings(XMLStreamReader xml) throws IOException, XMLStreamException {
        textFile = Files.createTempFile("kesos-sst-", ".txt");
        Path offsetPath = null;
        FileChannel channel = null;
        try {
            offsetPath = Files.createTempFile("kesos-sst-", ".idx");
            int strings = 0;
            try (OutputStream texts = new BufferedOutputStream(Files.newOutputStream(textFile), 1 << 16);
                    DataOutputStream ends = new DataOutputStream(
                            new BufferedOutputStream(Files.newOutputStream(offsetPath), 1 << 16))) {
                long position = 0;
                ends.writeLong(position);
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                        byte[] bytes = XlsxSheet.textUntilEnd(xml, "si").getBytes(StandardCharsets.UTF_8);
                        texts.write(bytes);
                        position += bytes.length;
                        ends.writeLong(position);
                        strings++;
                    }
                }
            }
            channel = FileChannel.open(textFile, StandardOpenOption.READ);
            for (long start = 0; start < channel.size(); start += SEGMENT) {
                segments.add(channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(SEGMENT, channel.size() - start)));
            }
            try (FileChannel ends = FileChannel.open(offsetPath, StandardOpenOption.READ)) {
                offsets = ends.map(FileChannel.MapMode.READ_ONLY, 0, ends.size()).asLongBuffer();
            }
            count = strings;
            text = channel;
            offsetFile = offsetPath;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(textFile);
            if (offsetPath != null) {
                Files.deleteIfExists(offsetPath);
            }
            throw e;
        }
    }

    /**
     * The string at {@code index}.
     *
     * @throws ImportFileException when the table has no such string
     */
    String get(int index) throws IOException {
        if (index < 0 || index >= count) {
            throw new ImportFileException("registry.import.error.format");
        }
        long start = offsets.get(index);
        byte[] bytes = new byte[(int) (offsets.get(index + 1) - start)];
        if (bytes.length == 0) {
            return "";
        }
        MappedByteBuffer segment = segments.get((int) (start / SEGMENT));
        int from = (int) (start % SEGMENT);
        if (from + bytes.length <= segment.capacity()) {
            segment.get(from, bytes);
        } else {
            ByteBuffer target = ByteBuffer.wrap(bytes);
            while (target.hasRemaining()) {
                text.read(target, start + target.position());
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Closes and deletes the files; the mappings end when they are collected. */
    @Override
    public void close() throws IOException {
        if (text == null) {
            return;
        }
        try {
            text.close();
        } finally {
            Files.deleteIfExists(textFile);
            Files.deleteIfExists(offsetFile);
        }
    }
}
