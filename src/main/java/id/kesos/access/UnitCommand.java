package id.kesos.access;

/** What an administrator enters to create or change an organisation unit. */
public record UnitCommand(UnitType type, String name, String regionCode, String address) {}
