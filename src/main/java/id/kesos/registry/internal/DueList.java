package id.kesos.registry.internal;

import id.kesos.platform.Page;
import id.kesos.registry.DuePerson;
import id.kesos.registry.DueQuery;
import id.kesos.registry.Nik;
import id.kesos.registry.RegistryScope;
import id.kesos.registry.VerificationStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The verification worklist: active persons in the reader's scope whose last verification is due
 * (never verified, or on or before {@code lastDueDay}), never verified first, then the oldest.
 */
@Repository
public class DueList {

    /**
     * The persons in scope as {@link PersonTable#inScope} has them (address in the territory,
     * registered or served by a unit of the scope), as three sets that each have an index: read
     * this way, a kecamatan's worklist reads its few thousand persons instead of the whole registry.
     */
    private static final String SCOPED_IDS = """
            select id from registry.person where region_code like :prefix || '%'
            union select id from registry.person where registered_by_unit = any(:units)
            union select person_id from registry.person_service where unit_id = any(:units)""";

    private final JdbcClient jdbc;

    DueList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Page<DuePerson> due(RegistryScope scope, DueQuery query, LocalDate lastDueDay, int page, int size) {
        List<String> where = new ArrayList<>(List.of(
                "p.active", "(p.verified_at is null or p.verified_at <= :lastDueDay)"));
        Map<String, Object> params = new HashMap<>(PersonTable.scopeParams(scope));
        if (!scope.everyone()) {
            where.add("p.id in (" + SCOPED_IDS + ")");
        }
        params.put("lastDueDay", lastDueDay);
        if (query.regionCode() != null) {
            where.add("p.region_code like :region || '%'");
            params.put("region", query.regionCode());
        }
        if (query.status() != null) {
            where.add("p.verification_status = :status");
            params.put("status", query.status().name());
        }
        String condition = " from registry.person p where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*)" + condition).params(params).query(Long.class).single();
        List<DuePerson> items = jdbc.sql("select p.id, p.nik, p.name, p.birth_date, p.region_code,"
                        + " p.verification_status, p.verified_at" + condition
                        + " order by p.verified_at nulls first, p.id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(DueList::map)
                .list();
        return new Page<>(items, page, size, total);
    }

    private static DuePerson map(ResultSet rs, int rowNum) throws SQLException {
        Date verifiedAt = rs.getDate("verified_at");
        return new DuePerson(rs.getLong("id"), new Nik(rs.getString("nik")).masked(), rs.getString("name"),
                rs.getDate("birth_date").toLocalDate(), rs.getString("region_code"),
                VerificationStatus.valueOf(rs.getString("verification_status")),
                verifiedAt == null ? null : verifiedAt.toLocalDate());
    }
}
