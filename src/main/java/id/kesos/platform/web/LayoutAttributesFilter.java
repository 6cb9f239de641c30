package id.kesos.platform.web;

import id.kesos.platform.DemoMode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts what every page's layout needs on the request: the demo flag, the current path and a base
 * for page links. A filter ahead of the security filters rather than model attributes, so that
 * error pages, 403 included, have them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LayoutAttributesFilter extends OncePerRequestFilter {

    private final DemoMode demoMode;

    LayoutAttributesFilter(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute("currentPath") != null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.setAttribute("demoMode", demoMode.enabled());
        request.setAttribute("currentPath", path);
        request.setAttribute("pageBase", request.getRequestURI() + "?" + queryWithoutPaging(request));
        chain.doFilter(request, response);
    }

    /** The current query without {@code page} and {@code lang}, ready for {@code page=N}. */
    private static String queryWithoutPaging(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return "";
        }
        return Arrays.stream(request.getQueryString().split("&"))
                .filter(part -> !part.isEmpty() && !part.startsWith("page=") && !part.startsWith("lang="))
                .map(part -> part + "&")
                .collect(Collectors.joining());
    }
}
