package id.kesos.casework;

/** An attachment's bytes, to be downloaded. */
public record AttachmentFile(String fileName, AttachmentType type, byte[] content) {}
