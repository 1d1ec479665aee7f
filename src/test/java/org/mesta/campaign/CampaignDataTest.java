package org.mesta.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** A person's campaign comments are in their download and deleted with their account; the campaign stays. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CampaignDataTest {

    static final long AUTHOR = 987_654L;

    @Autowired
    CampaignRepository campaigns;

    @Autowired
    CampaignCommentRepository comments;

    @Autowired
    CampaignData data;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void comments_are_exported_and_deleted_with_the_account_while_the_campaign_stays() {
        long campaign = campaigns.findAll().getFirst().getId();
        comments.save(new CampaignComment(campaign, AUTHOR, "Someone", "My idea for the mural.", Instant.now()));
        Map<String, Object> written = new HashMap<>();
        data.export(AUTHOR, "", new PersonalData.Sink() {
            @Override
            public void json(String name, Object value) {
                written.put(name, value);
            }

            @Override
            public void file(String name, byte[] bytes) {}
        });
        assertThat(written.get("comments").toString()).contains("My idea for the mural.");

        events.publishEvent(new AccountDeleted(AUTHOR, ""));
        assertThat(comments.findByAuthorIdOrderByCreatedAtAsc(AUTHOR)).isEmpty();
        assertThat(campaigns.findById(campaign)).isPresent();
    }
}
