package id.kesos.assessment.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The version of each figure of a case, which guards a save against one made meanwhile. */
@Repository
public class FigureTable {

    /** Who saved the figure last, and when. */
    public record Stamp(int version, String updatedBy, Instant updatedAt) {}

    private final JdbcClient jdbc;

    FigureTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stamp> stamp(long caseId, String kind) {
        return jdbc.sql("select version, updated_by, updated_at from assessment.figure where case_id = :case and kind = :kind")
                .param("case", caseId).param("kind", kind)
                .query((rs, n) -> new Stamp(rs.getInt("version"), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /**
     * Takes the next version of the figure, when the caller's form was filled from the current one
     * (0 for a figure never saved); false when someone saved it meanwhile.
     */
    public boolean claim(long caseId, String kind, int expectedVersion, String username) {
        if (expectedVersion == 0) {
            return jdbc.sql("""
                    insert into assessment.figure (case_id, kind, version, updated_by)
                    values (:case, :kind, 1, :user)
                    on conflict do nothing
                    """)
                    .param("case", caseId).param("kind", kind).param("user", username)
                    .update() == 1;
        }
        return jdbc.sql("""
                update assessment.figure
                   set version = version + 1, updated_by = :user, updated_at = now()
                 where case_id = :case and kind = :kind and version = :version
                """)
                .param("case", caseId).param("kind", kind).param("user", username).param("version", expectedVersion)
                .update() == 1;
    }
}
