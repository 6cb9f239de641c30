package id.kesos.platform.web;

import id.kesos.platform.InvalidInputException;
import id.kesos.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The API's answers to bad requests: JSON {@code {"status","error","message","problems"}} in the
 * caller's language, with a 4xx status, never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorAdvice {

    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiErrorAdvice(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(HttpServletRequest request) {
        return body(request, HttpStatus.NOT_FOUND, "api.notFound", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
        return body(request, HttpStatus.BAD_REQUEST, "api.badRequest",
                List.of(Map.of("field", e.getName(), "message", text(request, "typeMismatch"))));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Object>> unreadable(HttpServletRequest request) {
        return body(request, HttpStatus.BAD_REQUEST, "api.badRequest", List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(HttpServletRequest request) {
        return body(request, HttpStatus.PAYLOAD_TOO_LARGE, "api.tooLarge", List.of());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Map<String, Object>> invalid(HttpServletRequest request, BindException e) {
        var problems = e.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", messages.getMessage(error, locales.resolveLocale(request))))
                .toList();
        return body(request, HttpStatus.BAD_REQUEST, "api.badRequest", problems);
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(HttpServletRequest request, InvalidInputException e) {
        var problems = e.problems().stream()
                .map(problem -> {
                    Map<String, String> item = new LinkedHashMap<>();
                    item.put("field", problem.field());
                    item.put("message", messages.getMessage(problem.messageKey(), problem.args(),
                            locales.resolveLocale(request)));
                    return item;
                })
                .toList();
        return body(request, HttpStatus.BAD_REQUEST, "api.badRequest", problems);
    }

    private ResponseEntity<Map<String, Object>> body(HttpServletRequest request, HttpStatus status, String key,
            List<? extends Map<String, ?>> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", key);
        body.put("message", text(request, key));
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        return ResponseEntity.status(status).body(body);
    }

    private String text(HttpServletRequest request, String key) {
        return messages.getMessage(key, null, key, locales.resolveLocale(request));
    }
}
