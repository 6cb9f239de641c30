package id.kesos.assessment.internal;

import id.kesos.assessment.EcomapSystem;
import id.kesos.assessment.EnergyFlow;
import id.kesos.assessment.RelationStrength;
import id.kesos.assessment.SystemKind;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The systems of each case's ecomap, in the order the worker put them. */
@Repository
public class EcomapTable {

    private final JdbcClient jdbc;

    EcomapTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EcomapSystem> systems(long caseId) {
        return jdbc.sql("""
                select name, kind, strength, flow, note
                  from assessment.ecomap_system
                 where case_id = :case
                 order by position
                """)
                .param("case", caseId)
                .query((rs, n) -> new EcomapSystem(rs.getString("name"), SystemKind.valueOf(rs.getString("kind")),
                        RelationStrength.valueOf(rs.getString("strength")), EnergyFlow.valueOf(rs.getString("flow")),
                        rs.getString("note")))
                .list();
    }

    /** Puts these systems in place of the case's earlier ones. */
    public void replace(long caseId, List<EcomapSystem> systems) {
        jdbc.sql("delete from assessment.ecomap_system where case_id = :case").param("case", caseId).update();
        for (int i = 0; i < systems.size(); i++) {
            EcomapSystem system = systems.get(i);
            jdbc.sql("""
                    insert into assessment.ecomap_system (case_id, position, name, kind, strength, flow, note)
                    values (:case, :position, :name, :kind, :strength, :flow, :note)
                    """)
                    .param("case", caseId).param("position", i + 1).param("name", system.name())
                    .param("kind", system.kind().name()).param("strength", system.strength().name())
                    .param("flow", system.flow().name()).param("note", system.note())
                    .update();
        }
    }
}
