package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** Young ambassadors' campaign actions go to their city's moderators as public events; nobody else sends them. */
@SpringBootTest
@ActiveProfiles("test")
class CampaignEventsTest {

    @Autowired
    CampaignEvents campaignEvents;

    @Autowired
    ModerationService moderation;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_ambassador_s_campaign_action_waits_for_the_city_s_moderators() {
        as(users, AMBASSADOR);
        long id = campaignEvents.submitCampaignEvent(
                "Mladi ambasadorji", OpportunityServiceTest.complete("Akcija na trgu"));
        assertThat(campaignEvents.campaignEventStatus(id)).hasValue(Status.SUBMITTED.translationKey());
        as(users, MODERATOR);
        assertThat(moderation.queue(null, PageRequest.of(0, 500)))
                .extracting(Opportunity::getId)
                .contains(id);
    }

    @Test
    void providers_and_learners_cannot_send_or_follow_campaign_events() {
        as(users, PROVIDER);
        assertThatThrownBy(() -> campaignEvents.submitCampaignEvent("Ponudnik", OpportunityServiceTest.complete("Ne")))
                .isInstanceOf(AccessDeniedException.class);
        as(users, LEARNER);
        assertThatThrownBy(() -> campaignEvents.campaignEventStatus(1)).isInstanceOf(AccessDeniedException.class);
    }
}
