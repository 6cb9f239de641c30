package id.kesos.platform;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file answered to the browser: named, typed, and never cached, since it holds a client's data. */
public final class Downloads {

    private Downloads() {}

    /**
     * @param inline shown in the browser (a paper, a figure) rather than saved
     */
    public static ResponseEntity<byte[]> of(String name, MediaType type, byte[] content, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(content);
    }
}
