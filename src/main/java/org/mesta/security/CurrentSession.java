package org.mesta.security;

import jakarta.servlet.http.HttpSession;
import org.mesta.base.MestaUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Replaces the signed-in identity of the session making a change to its own account, so that this session
 * stays signed in (with the new roles and generation) while the account's other sessions end.
 */
final class CurrentSession {

    private CurrentSession() {}

    static void replace(MestaUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // Stored explicitly: Spring Security no longer saves a changed context at the end of the request.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }
}
