package id.kesos.casework;

import java.time.Instant;

/** A scan or photo attached to a stage of a case, without its bytes. */
public record Attachment(long id, Stage stage, String fileName, AttachmentType type, int sizeBytes,
        String description, Instant uploadedAt, String uploadedBy) {}
