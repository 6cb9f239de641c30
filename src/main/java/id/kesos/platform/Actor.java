package id.kesos.platform;

/**
 * Who acts: implemented by the signed-in principal so that the platform (audit log, layout)
 * knows the user's name and unit without depending on the access module.
 */
public interface Actor {

    String username();

    long unitId();
}
