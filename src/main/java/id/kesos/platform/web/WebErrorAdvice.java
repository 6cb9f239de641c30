package id.kesos.platform.web;

import id.kesos.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Friendly pages for the errors a page request can meet: a record that is missing or outside
 * the user's scope, or an address with a malformed id, is "not found"; a missing parameter is a
 * bad request. Nothing technical reaches the user.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(WebErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_NOT_FOUND, response, model);
    }

    /** A malformed id in the path names nothing (404); a malformed parameter is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        boolean inPath = e.getParameter().hasParameterAnnotation(PathVariable.class);
        return errorPage(inPath ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST, response,
                model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String badRequest(HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_BAD_REQUEST, response, model);
    }

    /** An upload over the general size limit, refused before any controller reads it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, response, model);
    }

    /** A form field naming what cannot be, such as the 300th row of a table that holds 20. */
    @ExceptionHandler(InvalidPropertyException.class)
    String unreadableForm(HttpServletResponse response, Model model) {
        return errorPage(HttpServletResponse.SC_BAD_REQUEST, response, model);
    }

    /**
     * A statement the database refused, which a check should have caught before: logged by its
     * kind and SQL state only, since PostgreSQL's own message quotes the row, with whatever personal
     * data it holds.
     */
    @ExceptionHandler(DataAccessException.class)
    String databaseRefused(DataAccessException e, HttpServletResponse response, Model model) {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : "-";
        LOG.error("database refused a statement: {} (SQL state {})", e.getClass().getSimpleName(), state);
        return errorPage(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, response, model);
    }

    private static String errorPage(int status, HttpServletResponse response, Model model) {
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
