package id.kesos.access.internal;

import id.kesos.access.KesosUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in from its {@code Authorization: Bearer} token. A token that is unknown,
 * revoked or expired, or whose user is inactive or locked, is answered 401 at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final KesosUserDetailsService principals;
    private final JsonProblemWriter problems;

    ApiTokenAuthenticationFilter(KesosUserDetailsService principals, JsonProblemWriter problems) {
        this.principals = principals;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<KesosUser> user = principals.loadByToken(header.substring(BEARER.length()).strip())
                .filter(principal -> principal.isEnabled() && principal.isAccountNonLocked());
        if (user.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.token.invalid");
            return;
        }
        user.get().eraseCredentials();
        var authentication = new ApiTokenAuthentication(user.get());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
