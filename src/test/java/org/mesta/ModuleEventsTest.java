package org.mesta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.mesta.inbox.InboxService;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityEvents.OpportunityDecided;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reactions across modules travel as events kept in the event publication registry: they happen after the
 * deciding transaction commits, and one interrupted (a mail server down, a crash) is done when resubmitted.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnableScenarios
class ModuleEventsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    CityService cities;

    @Autowired
    InboxService inbox;

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @Autowired
    GreenMail smtp;

    @Autowired
    EventPublicationRepository registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_moderators_decision_reaches_the_organisations_inbox_and_its_mailbox(Scenario scenario) {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        String contact = cities.findOrganisation(org).orElseThrow().getContactEmail();
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(
                o.getId(), o.getVersion(), OpportunityServiceTestData.complete("Jesenski tabor"), 4);
        Opportunity submitted = opportunities.submit(o.getId(), o.getVersion());

        as(users, MODERATOR);
        scenario.stimulate(() -> moderation.decide(submitted.getId(), submitted.getVersion(), Status.APPROVED, null))
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> mailTo(contact, "Jesenski tabor"), Optional::isPresent)
                .andVerifyEvents(events -> assertThat(events)
                        .contains(OpportunityDecided.class)
                        .matching(OpportunityDecided::opportunityId, submitted.getId()));

        as(users, PROVIDER);
        await().pollInSameThread()
                .atMost(PATIENCE)
                .untilAsserted(() -> assertThat(inbox.recent(20)).anySatisfy(n -> {
                    assertThat(n.messageKey()).isEqualTo("notice.opportunity.approved");
                    assertThat(n.link()).isEqualTo("provider/opportunity/" + submitted.getId());
                }));
    }

    @Test
    void an_award_reaches_the_recipients_mailbox(Scenario scenario) {
        as(users, PROVIDER);
        long badge = BadgeTestData.published(badges).getId();

        scenario.stimulate(() ->
                        awards.award(badge, List.of("dora@example.org"), "en").getFirst())
                .andWaitAtMost(PATIENCE)
                .andWaitForStateChange(() -> mailTo("dora@example.org", "/awards/"), Optional::isPresent)
                .andVerify((mail, award) ->
                        assertThat(body(mail.orElseThrow())).contains("/awards/" + award.getPublicId()));
    }

    @Test
    void a_mail_that_failed_stays_in_the_registry_and_is_sent_when_resubmitted() {
        as(users, PROVIDER);
        long badge = BadgeTestData.published(badges).getId();
        Predicate<EventPublication> forEva = p ->
                p.getEvent() instanceof AwardService.BadgeAwarded a && a.email().equals("eva@example.org");

        smtp.stop(); // the mail server is down when the badge is awarded
        Award award;
        try {
            award = awards.award(badge, List.of("eva@example.org"), "en").getFirst();
            await().atMost(PATIENCE)
                    .until(() -> registry.findFailedPublications(EventPublicationRepository.FailedCriteria.ALL).stream()
                            .anyMatch(forEva));
        } finally {
            smtp.start();
        }
        assertThat(openBadges.byPublicId(award.getPublicId()))
                .as("the award itself is kept")
                .isPresent();
        assertThat(registry.findIncompletePublications())
                .as("the mail is still owed")
                .anyMatch(forEva);

        incomplete.resubmitIncompletePublications(forEva); // what a restart does for every incomplete publication

        await().atMost(PATIENCE)
                .until(() -> mailTo("eva@example.org", "/awards/" + award.getPublicId())
                        .isPresent());
        await().atMost(PATIENCE)
                .until(() -> registry.findIncompletePublications().stream().noneMatch(forEva));
        assertThat(registry.findCompletedPublications()).anyMatch(forEva);
    }

    private Optional<MimeMessage> mailTo(String address, String containing) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address) && body(m).contains(containing);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst();
    }

    private static String body(MimeMessage m) {
        try {
            return (String) m.getContent();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
