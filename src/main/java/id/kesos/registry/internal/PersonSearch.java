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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Registry search: a NIK or KK number exactly, a name by trigram similarity of its spelling key
 * (the GIN index on {@code name_key}), always inside the reader's scope.
 */
@Repository
public class PersonSearch {

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code lastDueDay}: a verification on or before it is due again (the query's verification filter). */
    public Page<PersonListItem> search(RegistryScope scope, PersonQuery query, LocalDate lastDueDay, int page,
            int size) {
        List<String> where = new ArrayList<>(List.of(PersonTable.inScope("p")));
        Map<String, Object> params = new HashMap<>(PersonTable.scopeParams(scope));
        String score = "1.0";
        String order = "p.name, p.id";
        String text = query.text() == null ? "" : query.text().strip();
        if (text.matches("\\d{16}")) {
            where.add("(p.nik = :number or p.id in (select person_id from registry.family_membership"
                    + " where kk = :number and valid_to is null))");
            params.put("number", text);
            order = "p.nik = :number desc, p.name, p.id";
        } else if (!text.isEmpty()) {
            where.add("(p.name_key % :key or :key <% p.name_key)");
            params.put("key", NameKey.of(text));
            score = "greatest(similarity(p.name_key, :key), word_similarity(:key, p.name_key))";
            order = "score desc, p.name, p.id";
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
        String condition = " from registry.person p where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*)" + condition).params(params).query(Long.class).single();
        List<PersonListItem> items = jdbc.sql("select p.*, " + score + " as score" + condition
                        + " order by " + order + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(PersonTable::mapItem)
                .list();
        return new Page<>(items, page, size, total);
    }
}
