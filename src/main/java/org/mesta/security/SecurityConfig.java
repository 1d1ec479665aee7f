package org.mesta.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.mesta.base.RateLimits;
import org.mesta.map.MapSettings;
import org.mesta.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, MapSettings map, RateLimits limits, AccountRepository accounts) throws Exception {
        http.addFilterBefore(SecurityHeaders.filter(map), HeaderWriterFilter.class);
        // Not a bean: as a bean Boot would also register it as a plain servlet filter, outside the security chain.
        http.addFilterBefore(new SessionGuard(accounts), AnonymousAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/images/**",
                        "/icons/**",
                        "/api/**",
                        "/ob/**",
                        "/error",
                        "/robots.txt",
                        "/sitemap.xml",
                        "/sitemap-*.xml")
                .permitAll());
        // Sign-in attempts are rate-limited per address and per e-mail before any password is checked.
        http.addFilterBefore(new SignInLimitFilter(limits), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/"))
                .build();
    }

    /** Delegating: bcrypt today, and stored hashes say their own algorithm so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
