package org.mesta.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mesta.base.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Deleting an account ends every session of it: SessionGuard finds no generation for the account any more. */
class AccountDeletedSessionsTest extends AccountTests {

    @Autowired
    MyDataService myData;

    @Test
    void a_deleted_account_has_no_session_generation_left_so_its_sessions_end() {
        long id = as(
                        users,
                        NETWORK_ADMIN,
                        () -> accounts.createAccount(
                                "sessions.gone@example.org",
                                "Gone",
                                "long enough pw",
                                null,
                                "en",
                                Set.of(Role.LEARNER)))
                .getId();
        assertThat(repository.sessionGeneration(id)).isPresent();
        run(users, "sessions.gone@example.org", () -> myData.deleteMyAccount("long enough pw"));
        assertThat(repository.sessionGeneration(id)).isEmpty();
        assertThat(repository.existsByEmail("sessions.gone@example.org")).isFalse();
    }
}
