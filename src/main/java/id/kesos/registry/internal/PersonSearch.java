package id.kesos.registry.internal;

import id.kesos.platform.Page;
import id.kesos.registry.NameKey;
import id.kesos.registry.PersonListItem;
import id.kesos.registry.PersonQuery;
import id.kesos.registry.RegistryScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registry search, always inside the reader's scope: a NIK or KK number exactly, or a name by the
 * likeness of its spelling key to the keys of the registry ({@code word_similarity}, 1 for a key
 * that holds the typed name whole). Similar keys are looked up among the distinct keys
 * ({@code registry.name_key}, trigram index), their persons by the exact key.
 *
 * <p>A match is a key with a trigram similarity of at least 0.3 to the typed name, or a word
 * similarity of at least 0.6 (pg_trgm's defaults). The search goes there in steps and stops at the
 * first that fills a page: keys with a word similarity of at least 0.6, then also those with a
 * similarity of at least 0.45, then all matches. The total counts the matches of that step. As the
 * best matches come first in every step, the first page is the one all matches would give (up to
 * keys with a similarity under 0.45 and a word similarity of 0.45 to 0.6, which only the last step
 * weighs), and a common name is answered without weighing thousands of distant spellings.
 */
@Repository
public class PersonSearch {

    /** A step of the search: a key matches with at least this similarity or word similarity. */
    private record Step(double similarity, double wordSimilarity) {

        /** The trigram index answers either operator; a step that needs only one reads only its half. */
        String condition() {
            return similarity >= wordSimilarity ? ":key <% k.name_key" : "(k.name_key % :key or :key <% k.name_key)";
        }
    }

    private static final List<Step> STEPS = List.of(new Step(1, 0.6), new Step(0.45, 0.6), new Step(0.3, 0.6));

    /** Keys of a step ({@code %1$s}) with their persons who pass the filters ({@code %2$s}). */
    private static final String MATCHED_KEYS = """
            with matched as (
              select k.name_key, word_similarity(:key, k.name_key) as score,
                     (select count(*) from registry.person p where p.name_key = k.name_key and %2$s) as persons
                from registry.name_key k
               where %1$s)
            """;

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the name keys an import added from the trigram index's pending list into the index
     * proper. New keys are first appended to that list, which every search reads from end to end:
     * after an import of a million persons it held some 7,600 keys and doubled a search's time
     * (39 ms against 19 ms for one name). The database merges the list only once it outgrows 4 MB,
     * or when the table is next vacuumed.
     */
    public void mergeNewNameKeys() {
        jdbc.sql("select gin_clean_pending_list('registry.name_key_trgm_idx')").query(Long.class).single();
    }

    /** {@code lastDueDay}: a verification on or before it is due again (the query's verification filter). */
    public Page<PersonListItem> search(RegistryScope scope, PersonQuery query, LocalDate lastDueDay, int page,
            int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(PersonTable.scopeParams(scope));
        if (!scope.everyone()) {
            where.add(PersonTable.inScope("p"));
        }
        if (query.regionCode() != null && !query.regionCode().isBlank()) {
            where.add("p.region_code like :region || '%'");
            params.put("region", query.regionCode().strip());
        }
        if (query.status() != null) {
            where.add("p.verification_status = :status");
            params.put("status", query.status().name());
        }
        if (query.cluster() != null && !query.cluster().isBlank()) {
            where.add("p.ppks_cluster = :cluster");
            params.put("cluster", query.cluster().strip());
        }
        if (query.verificationDue()) {
            where.add("p.active and (p.verified_at is null or p.verified_at <= :lastDueDay)");
            params.put("lastDueDay", lastDueDay);
        }
        String text = query.text() == null ? "" : query.text().strip();
        if (text.matches("\\d{16}")) {
            where.add("(p.nik = :number or p.kk = :number)");
            params.put("number", text);
            return list(where, params, "p.nik = :number desc, p.name, p.id", page, size);
        }
        if (text.isEmpty()) {
            return list(where, params, "p.name, p.id", page, size);
        }
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        params.put("key", key);
        return byName(where.isEmpty() ? "true" : String.join(" and ", where), params, page, size);
    }

    private Page<PersonListItem> list(List<String> where, Map<String, Object> params, String order, int page,
            int size) {
        String condition = " from registry.person p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        long total = jdbc.sql("select count(*)" + condition).params(params).query(Long.class).single();
        List<PersonListItem> items = jdbc.sql("select p.*, 1.0 as score" + condition + " order by " + order
                        + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(PersonTable::mapItem)
                .list();
        return new Page<>(items, page, size, total);
    }

    /** The page of the first step whose matches fill a page, or of the last step. */
    private Page<PersonListItem> byName(String condition, Map<String, Object> params, int page, int size) {
        long offset = (long) page * size;
        Page<PersonListItem> result = new Page<>(List.of(), page, size, 0);
        for (Step step : STEPS) {
            // The planner guesses the share of similar keys from a sample and, for a short name, may
            // read all keys instead of the trigram index: hundreds of milliseconds instead of ten.
            // The name search has no use for a sequential scan, so the transaction forbids it.
            jdbc.sql("select set_config('pg_trgm.similarity_threshold', :similarity, true),"
                            + " set_config('pg_trgm.word_similarity_threshold', :wordSimilarity, true),"
                            + " set_config('enable_seqscan', 'off', true)")
                    .param("similarity", Double.toString(step.similarity()))
                    .param("wordSimilarity", Double.toString(step.wordSimilarity()))
                    .query((rs, n) -> n).single();
            result = byName(MATCHED_KEYS.formatted(step.condition(), condition), condition, params, page, size,
                    offset);
            if (result.total() >= size) {
                break;
            }
        }
        return result;
    }

    /**
     * One step's page and total. Persons are read only for the keys up to the one that fills the
     * page, with every key as alike as that one (the order within a likeness is by name).
     */
    private Page<PersonListItem> byName(String matched, String condition, Map<String, Object> params, int page,
            int size, long offset) {
        // One line for the total, joined to the page's persons: an empty page still says the total.
        String pageSql = matched + """
                , ranked as (
                  select name_key, score, persons, sum(persons) over (order by score desc, name_key) as upto
                    from matched)
                select t.total, found.*
                  from (select coalesce(sum(persons), 0) as total from matched) t
                  left join lateral (
                    select p.*, r.score
                      from ranked r
                      join registry.person p on p.name_key = r.name_key
                     where r.score >= (select min(score) from ranked where upto - persons < :offset + :limit)
                       and %s
                     order by r.score desc, p.name, p.id
                     limit :limit offset :offset) found on true
                 order by found.score desc, found.name, found.id
                """.formatted(condition);
        long[] total = {0};
        List<PersonListItem> items = jdbc.sql(pageSql).params(params)
                .param("limit", size).param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    rs.getLong("id");
                    return rs.wasNull() ? null : PersonTable.mapItem(rs, n);
                })
                .list().stream().filter(Objects::nonNull).toList();
        return new Page<>(items, page, size, total[0]);
    }
}
