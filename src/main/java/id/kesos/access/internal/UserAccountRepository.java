package id.kesos.access.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    @Query("select * from access.user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    /**
     * Counts a failed sign-in; the fifth failure in a row locks the account until {@code lockUntil}
     * and starts the count again. Returns the number of rows changed (0 for an unknown user).
     */
    @Modifying
    @Query("""
            update access.user_account
               set failed_attempts = case when failed_attempts + 1 >= :maxFailures then 0 else failed_attempts + 1 end,
                   locked_until = case when failed_attempts + 1 >= :maxFailures then :lockUntil else locked_until end
             where lower(username) = lower(:username)
            """)
    int recordFailure(@Param("username") String username, @Param("maxFailures") int maxFailures,
            @Param("lockUntil") Instant lockUntil);

    @Modifying
    @Query("""
            update access.user_account
               set failed_attempts = 0, locked_until = null, previous_login_at = last_login_at, last_login_at = :now
             where lower(username) = lower(:username)
            """)
    int recordSuccess(@Param("username") String username, @Param("now") Instant now);
}
