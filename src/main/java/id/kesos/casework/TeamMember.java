package id.kesos.casework;

/** A member of a case team. */
public record TeamMember(long userId, String username, String fullName, TeamRole role, Profession profession) {}
