package id.kesos.casework;

/** A case paper printed as PDF, with the file name it is downloaded under. */
public record PrintedDocument(String fileName, byte[] pdf) {}
