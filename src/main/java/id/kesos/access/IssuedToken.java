package id.kesos.access;

/** A token just created: the only moment its secret is known, shown once to its owner. */
public record IssuedToken(ApiTokenView token, String secret) {}
