package id.kesos.platform;

/**
 * A record that does not exist or lies outside the user's scope: both answer 404 so that a
 * user cannot learn which records of other units exist.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
    }
}
