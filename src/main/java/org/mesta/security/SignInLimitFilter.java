package org.mesta.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.mesta.base.RateLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each sign-in POST per address and per e-mail typed, before the password is looked at (so a flood costs
 * no password hashing). Over the limit, back to the sign-in page, which says how long to wait.
 */
class SignInLimitFilter extends OncePerRequestFilter {

    /** The sign-in page's query parameter: seconds to wait. */
    static final String WAIT_PARAMETER = "limited";

    private final RateLimits limits;

    SignInLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        Optional<Duration> wait = limits.refusal(
                RateLimits.Action.SIGN_IN,
                request.getRemoteAddr(),
                email == null || email.isBlank() ? null : Account.normalise(email));
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.sendRedirect(request.getContextPath() + "/login?" + WAIT_PARAMETER + "=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }
}
