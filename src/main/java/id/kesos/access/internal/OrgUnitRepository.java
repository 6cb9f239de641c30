package id.kesos.access.internal;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends CrudRepository<OrgUnit, Long> {

    @Query("""
            select * from access.org_unit
            where path like :path || '%'
              and (:query = '' or lower(name) like '%' || lower(:query) || '%')
            order by path
            limit :limit
            """)
    List<OrgUnit> findInSubtree(@Param("path") String path, @Param("query") String query, @Param("limit") int limit);

    @Query("select * from access.org_unit where active and type in (:types) order by path")
    List<OrgUnit> findActiveOfTypes(@Param("types") List<String> types);

    @Query("select id from access.org_unit where path like :path || '%'")
    List<Long> findIdsInSubtree(@Param("path") String path);

    @Query("select * from access.org_unit where parent_id = :parentId order by name")
    List<OrgUnit> findChildren(@Param("parentId") long parentId);

    @Query("select count(*) from access.org_unit")
    long countAll();
}
