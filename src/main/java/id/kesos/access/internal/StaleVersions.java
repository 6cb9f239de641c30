package id.kesos.access.internal;

import id.kesos.platform.InvalidInputException;
import java.util.function.Supplier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.OptimisticLockingFailureException;

/** Turns a lost optimistic-locking race into the form message "someone else changed this". */
public final class StaleVersions {

    private StaleVersions() {}

    public static <T> T guard(Supplier<T> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            if (e instanceof OptimisticLockingFailureException
                    || NestedExceptionUtils.getMostSpecificCause(e) instanceof OptimisticLockingFailureException) {
                throw new InvalidInputException(null, "form.staleVersion");
            }
            throw e;
        }
    }
}
