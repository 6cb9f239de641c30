package id.kesos.registry;

/**
 * A registry search: {@code text} is a NIK (16 digits), a KK number (16 digits, when no NIK
 * matches) or a name, spelling variants included. The filters narrow it; null does not filter.
 *
 * @param regionCode      a region of any level: the address must lie in it
 * @param verificationDue only active persons never verified or verified six months ago or earlier
 */
public record PersonQuery(String text, String regionCode, VerificationStatus status, String cluster,
        boolean verificationDue) {}
