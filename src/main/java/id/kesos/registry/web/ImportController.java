package id.kesos.registry.web;

import id.kesos.access.KesosUser;
import id.kesos.platform.InvalidInputException;
import id.kesos.registry.RegistryImports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import screens: the upload form with the template and the recent jobs of the user's scope,
 * and a job's page whose progress refreshes itself (HTMX) until the job has finished.
 */
@Controller
class ImportController {

    private static final String PAGE = "registry/imports";
    private static final String JOB = "registry/import";
    private static final int RECENT = 20;

    private final RegistryImports imports;

    ImportController(RegistryImports imports) {
        this.imports = imports;
    }

    @GetMapping("/registry/imports")
    String page(@AuthenticationPrincipal KesosUser user, Model model) {
        return showPage(user, model);
    }

    @PostMapping("/registry/imports")
    String upload(@AuthenticationPrincipal KesosUser user, @RequestParam(name = "file", required = false)
            MultipartFile file, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        if (!RegistryImports.mayImport(user)) {
            throw new AccessDeniedException("role may not import");
        }
        try {
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank())) {
                throw new InvalidInputException("file", "registry.import.error.missing");
            }
            RegistryImports.Job job;
            try (InputStream content = file.getInputStream()) {
                job = imports.submit(user, file.getOriginalFilename(), content);
            }
            redirect.addFlashAttribute("message", "registry.import.queued");
            return "redirect:/registry/imports/" + job.id();
        } catch (InvalidInputException e) {
            return refuse(user, e.problems().get(0), model, response);
        }
    }

    /** A file over the size limit, or a request that is no proper upload: the form again, with why. */
    @ExceptionHandler(MultipartException.class)
    String unreadableUpload(Principal principal, Model model, HttpServletResponse response) {
        KesosUser user = (KesosUser) ((Authentication) principal).getPrincipal();
        return refuse(user, new InvalidInputException.Problem("file", "registry.import.error.tooLarge",
                imports.maxFileMegabytes()), model, response);
    }

    @GetMapping("/registry/imports/{id}")
    String job(@AuthenticationPrincipal KesosUser user, @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("job", imports.get(user, id));
        return htmx == null ? JOB : JOB + " :: status";
    }

    @GetMapping("/registry/imports/{id}/problems.csv")
    void problems(@AuthenticationPrincipal KesosUser user, @PathVariable UUID id, Locale locale,
            HttpServletResponse response) throws IOException {
        imports.get(user, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("masalah-impor-" + id + ".csv").build().toString());
        imports.writeProblems(user, id, locale, response.getWriter());
    }

    private String refuse(KesosUser user, InvalidInputException.Problem problem, Model model,
            HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("fileProblem", problem);
        return showPage(user, model);
    }

    private String showPage(KesosUser user, Model model) {
        model.addAttribute("mayImport", RegistryImports.mayImport(user));
        model.addAttribute("maxMegabytes", imports.maxFileMegabytes());
        model.addAttribute("jobs", imports.recent(user, RECENT));
        return PAGE;
    }
}
