package id.kesos.registry.internal;

import id.kesos.registry.DuplicatePair;
import id.kesos.registry.RegistryScope;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds probable duplicates with two set-based self-joins that the indexes keep small: persons
 * born the same day in the same district (index on birth date and district), and members of the
 * same KK; both only when the spelling keys are trigram-similar.
 */
@Repository
public class DuplicateTable {

    private final JdbcClient jdbc;

    DuplicateTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records new candidate pairs among all persons, or only those involving {@code personId}. */
    public int findCandidates(Long personId) {
        int byBirth = jdbc.sql("""
                insert into registry.duplicate_candidate (a_id, b_id, province_code, score, reason)
                select a.id, b.id, a.province_code, similarity(a.name_key, b.name_key), 'NAME_BIRTHDATE_DISTRICT'
                  from registry.person a
                  join registry.person b
                    on b.birth_date = a.birth_date
                   and left(b.region_code, 8) = left(a.region_code, 8)
                   and b.id > a.id
                 where a.active and b.active and a.name_key % b.name_key
                   and (cast(:person as bigint) is null or a.id = :person or b.id = :person)
                on conflict do nothing
                """).param("person", personId).update();
        int byFamily = jdbc.sql("""
                insert into registry.duplicate_candidate (a_id, b_id, province_code, score, reason)
                select a.id, b.id, a.province_code, similarity(a.name_key, b.name_key), 'KK_NAME'
                  from registry.person a
                  join registry.person b on b.kk = a.kk and b.id > a.id
                 where a.active and b.active and a.name_key % b.name_key
                   and (cast(:person as bigint) is null or a.id = :person or b.id = :person)
                on conflict do nothing
                """).param("person", personId).update();
        return byBirth + byFamily;
    }

    /** Open pairs whose two persons are both active and both in scope, most alike first. */
    public List<DuplicatePair> open(RegistryScope scope, int page, int size) {
        return jdbc.sql("select d.a_id, d.b_id, d.score, d.reason from registry.duplicate_candidate d"
                        + " join registry.person a on a.id = d.a_id join registry.person b on b.id = d.b_id"
                        + " where d.status = 'OPEN' and a.active and b.active and " + PersonTable.inScope("a")
                        + " and " + PersonTable.inScope("b")
                        + " order by d.score desc, d.a_id, d.b_id limit :limit offset :offset")
                .params(PersonTable.scopeParams(scope))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new DuplicatePair(rs.getLong("a_id"), rs.getLong("b_id"), rs.getDouble("score"),
                        rs.getString("reason")))
                .list();
    }

    /** Closes an open pair; false when it is not open (anymore). */
    public boolean decide(long aId, long bId, String status, String username) {
        return jdbc.sql("""
                update registry.duplicate_candidate set status = :status, decided_by = :user, decided_at = now()
                 where a_id = :a and b_id = :b and status = 'OPEN'
                """).param("status", status).param("user", username).param("a", aId).param("b", bId).update() == 1;
    }

    public void markMergedInto(long mergedId, long survivorId) {
        jdbc.sql("update registry.person set merged_into = :survivor where id = :merged")
                .param("survivor", survivorId).param("merged", mergedId).update();
    }
}
