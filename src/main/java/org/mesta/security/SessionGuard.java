package org.mesta.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since it signed in (a role, membership or city removed, the password
 * changed or reset). The generation lives in the database, so a change made on one app node ends the sessions
 * held by every other node; one primary-key read per signed-in request is the price.
 * <p>
 * The request then goes on as anonymous: a page request meets the login page through Vaadin's access control,
 * and a Vaadin UIDL request finds no session, so Vaadin answers "session expired" and the browser reloads onto
 * the login page. That needs client messages to pass the servlet filters: keep {@code @Push} (off by default, on
 * for the live views) on its default transport WEBSOCKET_XHR (a pure WEBSOCKET transport would carry clicks past
 * this filter).
 */
class SessionGuard extends OncePerRequestFilter {

    private final AccountRepository accounts;

    SessionGuard(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<MestaUser> user = request.getSession(false) == null ? Optional.empty() : MestaUser.current();
        if (user.isPresent() && user.get().accountId() > 0 && outdated(user.get())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean outdated(MestaUser user) {
        return accounts.sessionGeneration(user.accountId())
                .map(g -> g != user.sessionGeneration())
                .orElse(true);
    }
}
