package id.kesos.registry.web;

import id.kesos.registry.Problem;
import id.kesos.registry.ProblemCode;
import id.kesos.registry.RegistryProblemsException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A refused person in the API: 422 with every problem's code, field, severity and message, or 409
 * when only a stale version stands in the way.
 */
@RestControllerAdvice(assignableTypes = PersonApi.class)
class RegistryApiErrors {

    private final MessageSource messages;
    private final LocaleResolver locales;

    RegistryApiErrors(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(RegistryProblemsException.class)
    ResponseEntity<Map<String, Object>> refused(HttpServletRequest request, RegistryProblemsException e) {
        var locale = locales.resolveLocale(request);
        boolean stale = e.problems().stream().allMatch(problem -> problem.code() == ProblemCode.STALE_VERSION);
        HttpStatus status = stale ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        List<Map<String, Object>> problems = e.problems().stream().map(problem -> describe(problem, locale)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", stale ? "registry.stale" : "registry.refused");
        body.put("message", messages.getMessage(stale ? ProblemCode.STALE_VERSION.messageKey() : "api.badRequest",
                null, locale));
        body.put("problems", problems);
        return ResponseEntity.status(status).body(body);
    }

    private Map<String, Object> describe(Problem problem, Locale locale) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", problem.code().name());
        item.put("field", problem.field());
        item.put("severity", problem.severity().name());
        item.put("message", messages.getMessage(problem.code().messageKey(), null, locale));
        return item;
    }
}
