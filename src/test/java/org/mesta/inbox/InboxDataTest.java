package org.mesta.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Notices addressed to a person are in their download and deleted with their account. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class InboxDataTest {

    @Autowired
    NoticeRepository notices;

    @Autowired
    InboxData data;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_person_s_notices_are_exported_and_deleted_with_the_account() {
        long me = as(users, LEARNER, () -> accounts.me().getId());
        notices.save(new Notice(Notice.Audience.person(me), "notice.test", "[]", "my/badges", Instant.now()));
        Map<String, Object> written = new HashMap<>();
        data.export(me, LEARNER, new PersonalData.Sink() {
            @Override
            public void json(String name, Object value) {
                written.put(name, value);
            }

            @Override
            public void file(String name, byte[] bytes) {}
        });
        assertThat(written.get("notices").toString()).contains("notice.test");

        // Rolled back after the test: the demo learner keeps their notices.
        events.publishEvent(new AccountDeleted(me, LEARNER));
        assertThat(notices.findByAccountIdOrderByCreatedAtDesc(me)).isEmpty();
    }
}
