package id.kesos.registry;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family (KK) a person belongs to now, as other modules start their own pictures of it (the
 * genogram of a case). It gives no NIK or KK number, only who the members are.
 */
@Service
public class Families {

    /**
     * A member of the family.
     *
     * @param relationship the member's relationship to the head of the family, null when not recorded
     * @param deceased     the registry no longer counts the member because they died
     */
    public record Member(long personId, String name, Sex sex, LocalDate birthDate, Relationship relationship,
            boolean deceased) {}

    private final JdbcClient jdbc;

    Families(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The person and the other members of their current family, eldest first; only the person when
     * they belong to no family. The caller has checked that the user may see the person (as a
     * case's client, say); the members come with the person, whichever unit registered them.
     * Members who moved out or were merged into another record are left out.
     */
    @Transactional(readOnly = true)
    public List<Member> membersWith(long personId) {
        return jdbc.sql("""
                select p.id, p.name, p.sex, p.birth_date, p.kk_relationship,
                       coalesce(p.inactive_reason = 'DECEASED', false) as deceased
                  from registry.person p
                 where p.id = :person
                    or ((p.active or p.inactive_reason = 'DECEASED')
                        and p.kk = (select kk from registry.person where id = :person))
                 order by p.birth_date, p.id
                """)
                .param("person", personId)
                .query((rs, n) -> new Member(rs.getLong("id"), rs.getString("name"), Sex.parse(rs.getString("sex")),
                        rs.getDate("birth_date").toLocalDate(), Relationship.parse(rs.getString("kk_relationship")),
                        rs.getBoolean("deceased")))
                .list();
    }
}
