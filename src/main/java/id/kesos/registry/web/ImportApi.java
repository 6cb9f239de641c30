package id.kesos.registry.web;

import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.registry.RegistryImports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/registry/imports")
@Tag(name = "Registri: impor", description = "Impor massal CSV/XLSX sebagai pekerjaan latar belakang")
class ImportApi {

    record Created(UUID id) {}

    /** A job's state; {@code error} is the reason of a FAILED job, in the caller's language. */
    record JobStatus(UUID id, String status, int totalRows, int processedRows, int acceptedRows, int rejectedRows,
            int warningRows, String fileName, Instant createdAt, Instant startedAt, Instant finishedAt,
            String error) {}

    private final RegistryImports imports;
    private final MessageSource messages;

    ImportApi(RegistryImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Mengunggah berkas CSV/XLSX (field file) untuk diimpor; 202 dengan id pekerjaan, "
            + "400 bila berkas bukan CSV/XLSX, kosong atau judul kolomnya salah")
    ResponseEntity<Created> upload(@AuthenticationPrincipal KesosUser user,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw new InvalidInputException("file", "registry.import.error.missing");
        }
        RegistryImports.Job job;
        try (InputStream content = file.getInputStream()) {
            job = imports.submit(user, file.getOriginalFilename(), content);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/registry/imports/" + job.id()))
                .body(new Created(job.id()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status dan jumlah baris sebuah pekerjaan impor (404 bila di luar cakupan)")
    JobStatus status(@AuthenticationPrincipal KesosUser user, @PathVariable UUID id, Locale locale) {
        RegistryImports.Job job = imports.get(user, id);
        String error = job.errorKey() == null ? null : messages.getMessage(job.errorKey(), null, job.errorKey(),
                locale);
        return new JobStatus(job.id(), job.status().name(), job.totalRows(), job.processedRows(), job.acceptedRows(),
                job.rejectedRows(), job.warningRows(), job.fileName(), job.createdAt(), job.startedAt(),
                job.finishedAt(), error);
    }

    @GetMapping("/{id}/problems.csv")
    @Operation(summary = "Masalah tiap baris sebagai CSV: line,severity,code,field,message")
    void problems(@AuthenticationPrincipal KesosUser user, @PathVariable UUID id, Locale locale,
            HttpServletResponse response) throws IOException {
        imports.get(user, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("masalah-impor-" + id + ".csv").build().toString());
        imports.writeProblems(user, id, locale, response.getWriter());
    }
}
