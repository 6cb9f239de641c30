package id.kesos.platform.web;

import id.kesos.platform.DemoMode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the demo flag, the current path and a base for page links. */
@ControllerAdvice
class LayoutAttributes {

    private final DemoMode demoMode;

    LayoutAttributes(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode.enabled();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The current URL with its query but without {@code page}, ready for {@code page=N}. */
    @ModelAttribute("pageBase")
    String pageBase(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(part -> !part.startsWith("page=") && !part.startsWith("lang=") && !part.isEmpty())
                .map(part -> part + "&")
                .collect(Collectors.joining());
        return request.getRequestURI() + "?" + query;
    }
}
