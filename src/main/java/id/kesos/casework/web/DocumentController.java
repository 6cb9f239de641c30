package id.kesos.casework.web;

import id.kesos.access.KesosUser;
import id.kesos.casework.AttachmentFile;
import id.kesos.casework.CaseAttachments;
import id.kesos.casework.CaseDocument;
import id.kesos.casework.CaseDocuments;
import id.kesos.casework.PrintedDocument;
import id.kesos.platform.Downloads;
import id.kesos.platform.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The case's printed papers and its attachments, as files. Neither is cached by the browser. */
@Controller
class DocumentController {

    private final CaseDocuments documents;
    private final CaseAttachments attachments;

    DocumentController(CaseDocuments documents, CaseAttachments attachments) {
        this.documents = documents;
        this.attachments = attachments;
    }

    @GetMapping("/cases/{id}/documents/{slug}.pdf")
    ResponseEntity<byte[]> print(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable String slug, @RequestParam(required = false) Long entry) {
        CaseDocument document = CaseDocument.ofSlug(slug);
        if (document == null) {
            throw new NotFoundException("CASE_DOCUMENT", slug);
        }
        PrintedDocument printed = documents.print(user, id, document, entry);
        return Downloads.of(printed.fileName(), MediaType.APPLICATION_PDF, printed.pdf(), true);
    }

    @GetMapping("/cases/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal KesosUser user, @PathVariable long id,
            @PathVariable long attachmentId) {
        AttachmentFile file = attachments.file(user, id, attachmentId);
        return Downloads.of(file.fileName(), MediaType.parseMediaType(file.type().mediaType()), file.content(), false);
    }
}
