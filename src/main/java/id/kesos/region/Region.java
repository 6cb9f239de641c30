package id.kesos.region;

/** One administrative region. {@code parentCode} is null for a province. */
public record Region(String code, String parentCode, RegionLevel level, String name) {}
