package id.kesos.assessment.internal;

import id.kesos.assessment.ChildKind;
import id.kesos.assessment.ChildLink;
import id.kesos.assessment.Genogram;
import id.kesos.assessment.GenogramPerson;
import id.kesos.assessment.GenogramSex;
import id.kesos.assessment.Partnership;
import id.kesos.assessment.PartnershipKind;
import id.kesos.assessment.Twins;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The persons and relations of each case's genogram. */
@Repository
public class GenogramTable {

    private final JdbcClient jdbc;

    GenogramTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Genogram genogram(long caseId) {
        List<GenogramPerson> persons = jdbc.sql("""
                select key, name, sex, birth_year, death_year, deceased, client, household
                  from assessment.genogram_person
                 where case_id = :case
                 order by position
                """)
                .param("case", caseId)
                .query((rs, n) -> new GenogramPerson(rs.getString("key"), rs.getString("name"),
                        GenogramSex.valueOf(rs.getString("sex")), rs.getObject("birth_year", Integer.class),
                        rs.getObject("death_year", Integer.class), rs.getBoolean("deceased"), rs.getBoolean("client"),
                        rs.getBoolean("household")))
                .list();
        List<Partnership> partnerships = jdbc.sql("""
                select person_a, person_b, kind from assessment.genogram_partnership
                 where case_id = :case
                 order by position
                """)
                .param("case", caseId)
                .query((rs, n) -> new Partnership(rs.getString("person_a"), rs.getString("person_b"),
                        PartnershipKind.valueOf(rs.getString("kind"))))
                .list();
        List<ChildRow> children = jdbc.sql("""
                select child, parent, other_parent, kind, twin_of, identical from assessment.genogram_child
                 where case_id = :case
                 order by child
                """)
                .param("case", caseId)
                .query((rs, n) -> new ChildRow(new ChildLink(rs.getString("child"), rs.getString("parent"),
                        rs.getString("other_parent"), ChildKind.valueOf(rs.getString("kind"))),
                        rs.getString("twin_of"), rs.getBoolean("identical")))
                .list();
        return new Genogram(persons, partnerships, children.stream().map(ChildRow::link).toList(),
                children.stream().filter(row -> row.twinOf() != null)
                        .map(row -> new Twins(row.link().child(), row.twinOf(), row.identical())).toList());
    }

    /** Puts this genogram in place of the case's earlier one. */
    public void replace(long caseId, Genogram genogram) {
        for (String table : List.of("genogram_child", "genogram_partnership", "genogram_person")) {
            jdbc.sql("delete from assessment." + table + " where case_id = :case").param("case", caseId).update();
        }
        for (int i = 0; i < genogram.persons().size(); i++) {
            GenogramPerson person = genogram.persons().get(i);
            jdbc.sql("""
                    insert into assessment.genogram_person
                           (case_id, key, position, name, sex, birth_year, death_year, deceased, client, household)
                    values (:case, :key, :position, :name, :sex, :birth, :death, :deceased, :client, :household)
                    """)
                    .param("case", caseId).param("key", person.key()).param("position", i + 1)
                    .param("name", person.name()).param("sex", person.sex().name())
                    .param("birth", person.birthYear()).param("death", person.deathYear())
                    .param("deceased", person.deceased()).param("client", person.client())
                    .param("household", person.household())
                    .update();
        }
        for (int i = 0; i < genogram.partnerships().size(); i++) {
            Partnership partnership = genogram.partnerships().get(i);
            jdbc.sql("""
                    insert into assessment.genogram_partnership (case_id, position, person_a, person_b, kind)
                    values (:case, :position, :a, :b, :kind)
                    """)
                    .param("case", caseId).param("position", i + 1).param("a", partnership.a())
                    .param("b", partnership.b()).param("kind", partnership.kind().name())
                    .update();
        }
        for (ChildLink link : genogram.children()) {
            Twins twin = genogram.twins().stream().filter(pair -> pair.a().equals(link.child())).findFirst().orElse(null);
            jdbc.sql("""
                    insert into assessment.genogram_child (case_id, child, parent, other_parent, kind, twin_of, identical)
                    values (:case, :child, :parent, :other, :kind, :twin, :identical)
                    """)
                    .param("case", caseId).param("child", link.child()).param("parent", link.parent())
                    .param("other", link.otherParent()).param("kind", link.kind().name())
                    .param("twin", twin == null ? null : twin.b()).param("identical", twin != null && twin.identical())
                    .update();
        }
    }

    /** A child's row: the link to the parents, and the twin it was born with. */
    private record ChildRow(ChildLink link, String twinOf, boolean identical) {}
}
