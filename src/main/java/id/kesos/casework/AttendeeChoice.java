package id.kesos.casework;

/** A case whose client can be recorded in a group session now. */
public record AttendeeChoice(long caseId, String caseNumber, String clientName) {}
