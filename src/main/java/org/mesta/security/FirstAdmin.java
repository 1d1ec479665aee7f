package org.mesta.security;

import java.time.Duration;
import java.util.EnumSet;
import org.mesta.base.ClusterLocks;
import org.mesta.base.Role;
import org.mesta.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh production installation has no accounts: MESTA_ADMIN_EMAIL and MESTA_ADMIN_PASSWORD (read once,
 * from the environment) create the first network admin, who then builds the network from the UI. Nodes started
 * together take turns under a cluster lock, so the account is made once and no node fails on the second insert.
 */
@Component
@Order(1)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private final AccountService accounts;
    private final ClusterLocks locks;
    private final String email;
    private final String password;

    FirstAdmin(
            AccountService accounts,
            ClusterLocks locks,
            @Value("${mesta.admin.email:}") String email,
            @Value("${mesta.admin.password:}") String password) {
        this.accounts = accounts;
        this.locks = locks;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isBlank() || accounts.hasNetworkAdmin()) {
            return;
        }
        boolean turn = locks.alone("first-admin", Duration.ofMinutes(2), () -> {
            if (accounts.hasNetworkAdmin()) return; // another node was first
            SystemTask.run(() -> accounts.createAccount(
                    email, "Network admin", password, null, "en", EnumSet.of(Role.NETWORK_ADMIN)));
            log.info("Created the first network admin account {}", email);
        });
        if (!turn) throw new IllegalStateException("Another node holds the first-admin lock for over two minutes");
    }
}
