package id.kesos.region;

/** A search hit: the region and the name of the region it lies in, to tell namesakes apart. */
public record RegionMatch(Region region, String parentName) {}
