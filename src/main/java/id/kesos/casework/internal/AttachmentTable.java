package id.kesos.casework.internal;

import id.kesos.casework.Attachment;
import id.kesos.casework.AttachmentFile;
import id.kesos.casework.AttachmentType;
import id.kesos.casework.Stage;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the scans and photos attached to a case's stages. */
@Repository
public class AttachmentTable {

    private static final String COLUMNS =
            "id, stage, file_name, media_type, size_bytes, description, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    AttachmentTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long caseId, Stage stage, String fileName, AttachmentType type, byte[] content, String sha256,
            String description, String username) {
        return jdbc.sql("""
                insert into casework.attachment
                       (case_id, stage, file_name, media_type, size_bytes, sha256, description, content, uploaded_by)
                values (:case, :stage, :name, :type, :size, :sha, :description, :content, :user)
                returning id
                """)
                .param("case", caseId).param("stage", stage.name()).param("name", fileName)
                .param("type", type.mediaType()).param("size", content.length).param("sha", sha256)
                .param("description", description).param("content", content).param("user", username)
                .query(Long.class).single();
    }

    /** The case's attachments by stage in workflow order, then by upload time. */
    public List<Attachment> ofCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from casework.attachment where case_id = :case order by uploaded_at, id")
                .param("case", caseId)
                .query((rs, n) -> map(rs)).list().stream()
                .sorted((a, b) -> a.stage().compareTo(b.stage()))
                .toList();
    }

    public Optional<AttachmentFile> file(long caseId, long id) {
        return jdbc.sql("select file_name, media_type, content from casework.attachment where case_id = :case and id = :id")
                .param("case", caseId).param("id", id)
                .query((rs, n) -> new AttachmentFile(rs.getString("file_name"),
                        AttachmentType.ofMediaType(rs.getString("media_type")), rs.getBytes("content")))
                .optional();
    }

    private static Attachment map(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), Stage.valueOf(rs.getString("stage")), rs.getString("file_name"),
                AttachmentType.ofMediaType(rs.getString("media_type")), rs.getInt("size_bytes"),
                rs.getString("description"), CaseTable.instant(rs, "uploaded_at"), rs.getString("uploaded_by"));
    }
}
