package org.mesta.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Asynchronous work (mails, other modules' reactions to events after commit) runs on behalf of the person whose
 * action caused it, so a campaign's history still names the moderator who decided. Spring Boot applies this
 * decorator to its task executor. Work resubmitted later (EventResubmission) has no one: listeners then act as the system
 * ({@link SystemTask#runUnlessSignedIn}).
 */
@Configuration(proxyBeanMethods = false)
class ActingPerson {

    @Bean
    TaskDecorator securityContextToAsyncWork() {
        return task -> {
            // A copy: the caller's context object may be changed (sign-in, sign-out) while the work is still running.
            var copy = SecurityContextHolder.createEmptyContext();
            copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            return new DelegatingSecurityContextRunnable(task, copy);
        };
    }
}
