package id.kesos.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks regions up by code, lists a region's children and finds regions by name. */
@Service
public class Regions {

    private static final String COLUMNS = "code, parent_code, level, name";

    private final JdbcClient jdbc;
    private volatile Map<RegionLevel, Set<String>> codesByLevel;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether a code of that level is in the list, answered from memory: the list is reference
     * data that changes only with a migration, and an import asks once per row.
     */
    public boolean exists(String code, RegionLevel level) {
        Map<RegionLevel, Set<String>> codes = codesByLevel;
        if (codes == null) {
            codes = new EnumMap<>(RegionLevel.class);
            for (RegionLevel each : RegionLevel.values()) {
                codes.put(each, Set.copyOf(jdbc.sql("select code from region.region where level = :level")
                        .param("level", each.depth()).query(String.class).list()));
            }
            codesByLevel = codes;
        }
        return code != null && codes.get(level).contains(code);
    }

    public Optional<Region> find(String code) {
        if (RegionLevel.ofCode(code) == null) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from region.region where code = :code")
                .param("code", code)
                .query(Regions::map)
                .optional();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The provinces when {@code parentCode} is null, otherwise the children of that region. */
    public List<Region> children(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return jdbc.sql("select " + COLUMNS + " from region.region where level = 1 order by code")
                    .query(Regions::map)
                    .list();
        }
        return jdbc.sql("select " + COLUMNS + " from region.region where parent_code = :parent order by name")
                .param("parent", parentCode)
                .query(Regions::map)
                .list();
    }

    /** The region and its ancestors, from the province down. Empty for an unknown code. */
    public List<Region> lineage(String code) {
        List<Region> lineage = new ArrayList<>();
        Optional<Region> current = find(code);
        while (current.isPresent()) {
            lineage.add(0, current.get());
            current = Optional.ofNullable(current.get().parentCode()).flatMap(this::find);
        }
        return lineage;
    }

    /** Regions whose name resembles the query, closest first, villages and districts included. */
    public List<RegionMatch> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase();
        if (q.length() < 2) {
            return List.of();
        }
        return jdbc.sql("""
                select r.code, r.parent_code, r.level, r.name,
                       coalesce(d.name, '') as parent_name,
                       similarity(lower(r.name), :q) as score
                from region.region r
                left join region.region d on d.code = r.parent_code
                where lower(r.name) like '%' || :q || '%' or lower(r.name) % :q
                order by lower(r.name) = :q desc, score desc, r.level, r.code
                limit :limit
                """)
                .param("q", q)
                .param("limit", limit)
                .query((rs, n) -> new RegionMatch(map(rs, n), rs.getString("parent_name")))
                .list();
    }

    private static Region map(ResultSet rs, int rowNum) throws SQLException {
        return new Region(rs.getString("code"), rs.getString("parent_code"),
                RegionLevel.ofDepth(rs.getInt("level")), rs.getString("name"));
    }
}
