package id.kesos.assessment.internal;

import id.kesos.assessment.StrengthQuadrant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items of each case's strengths quadrant, field by field in the order written. */
@Repository
public class StrengthsTable {

    private final JdbcClient jdbc;

    StrengthsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<StrengthQuadrant, List<String>> items(long caseId) {
        Map<StrengthQuadrant, List<String>> items = new EnumMap<>(StrengthQuadrant.class);
        jdbc.sql("select quadrant, text from assessment.strength_item where case_id = :case order by quadrant, position")
                .param("case", caseId)
                .query(rs -> {
                    items.computeIfAbsent(StrengthQuadrant.valueOf(rs.getString("quadrant")), q -> new ArrayList<>())
                            .add(rs.getString("text"));
                });
        return items;
    }

    /** Puts these items in place of the case's earlier ones. */
    public void replace(long caseId, Map<StrengthQuadrant, List<String>> items) {
        jdbc.sql("delete from assessment.strength_item where case_id = :case").param("case", caseId).update();
        items.forEach((quadrant, texts) -> {
            for (int i = 0; i < texts.size(); i++) {
                jdbc.sql("""
                        insert into assessment.strength_item (case_id, quadrant, position, text)
                        values (:case, :quadrant, :position, :text)
                        """)
                        .param("case", caseId).param("quadrant", quadrant.name()).param("position", i + 1)
                        .param("text", texts.get(i))
                        .update();
            }
        });
    }
}
