package id.kesos.casework;

import id.kesos.access.KesosUser;
import id.kesos.casework.internal.AttachmentTable;
import id.kesos.casework.internal.CaseTable;
import id.kesos.platform.AuditAction;
import id.kesos.platform.AuditLog;
import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans of signed papers and photos attached to a case's stages: only PDF, JPEG and PNG (by
 * content) up to 10 MB, written by the case team while the case is open, read by whoever may
 * read the case; every download is audited.
 */
@Service
public class CaseAttachments {

    static final String ENTITY = "CASE_ATTACHMENT";

    private final Cases cases;
    private final AttachmentTable attachments;
    private final CaseTable table;
    private final AuditLog audit;

    CaseAttachments(Cases cases, AttachmentTable attachments, CaseTable table, AuditLog audit) {
        this.cases = cases;
        this.attachments = attachments;
        this.table = table;
        this.audit = audit;
    }

    /**
     * Attaches the file to the stage.
     *
     * @throws InvalidInputException when the file is empty, over 10 MB or of another type, or the note too long
     */
    @Transactional
    public long attach(KesosUser user, long caseId, Stage stage, String fileName, String description, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException(null, "casework.attachment.missing");
        }
        if (content.length > AttachmentType.MAX_BYTES) {
            throw new InvalidInputException(null, "casework.attachment.tooLarge", AttachmentType.MAX_BYTES / 1024 / 1024);
        }
        AttachmentType type = AttachmentType.of(content)
                .orElseThrow(() -> new InvalidInputException(null, "casework.attachment.wrongType"));
        String note = description == null || description.isBlank() ? null : description.strip();
        if (note != null && note.length() > 500) {
            throw new InvalidInputException(null, "casework.value.tooLong", 500);
        }
        String name = fileName(fileName, type);
        long[] id = new long[1];
        cases.addToStage(user, caseId, stage, row -> {
            id[0] = attachments.insert(caseId, stage, name, type, content, sha256(content), note, user.username());
            table.event(caseId, user.username(), CaseEventKind.ATTACHED, stage, name);
        });
        audit.record(user, AuditAction.CREATE, ENTITY, id[0], "kasus " + caseId + ", " + stage.name());
        return id[0];
    }

    /** The case's attachments, stage by stage. */
    @Transactional(readOnly = true)
    public List<Attachment> list(KesosUser user, long caseId) {
        cases.readable(user, caseId);
        return attachments.ofCase(caseId);
    }

    /** The file to download; the reading is audited. */
    @Transactional
    public AttachmentFile file(KesosUser user, long caseId, long attachmentId) {
        cases.readable(user, caseId);
        AttachmentFile file = attachments.file(caseId, attachmentId)
                .orElseThrow(() -> new NotFoundException(ENTITY, attachmentId));
        audit.record(user, AuditAction.VIEW, ENTITY, attachmentId, "kasus " + caseId);
        return file;
    }

    /** The name the user gave, without folders or control characters, ending in the type's extension. */
    static String fileName(String given, AttachmentType type) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 150) {
            name = name.substring(name.length() - 150);
        }
        String extension = "." + type.extension();
        boolean typed = name.toLowerCase().endsWith(extension) || type == AttachmentType.JPEG
                && name.toLowerCase().endsWith(".jpeg");
        if (name.isEmpty()) {
            return "lampiran" + extension;
        }
        return typed ? name : name + extension;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
