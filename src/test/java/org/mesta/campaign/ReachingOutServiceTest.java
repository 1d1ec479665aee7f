package org.mesta.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.base.UserError;
import org.mesta.inbox.InboxService;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.Status;
import org.mesta.opportunity.Theme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/** A campaign's public event through moderation, the confirmed evaluation and the city's campaign badge. */
@SpringBootTest
@ActiveProfiles("test")
class ReachingOutServiceTest {

    @Autowired
    BoardService board;

    @Autowired
    CampaignService campaigns;

    @Autowired
    ReachingOutService reachingOut;

    @Autowired
    UserDetailsService users;

    @Autowired
    InboxService inbox;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities publicOpportunities;

    @Autowired
    AwardService awards;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Campaign created(String title) {
        as(users, AMBASSADOR);
        return board.create(title, CampaignKind.ADVOCACY, null);
    }

    private static final Outcomes OUTCOMES =
            new Outcomes(120, 3, 2, 1, null, "We met the mayor and 120 students signed the letter.");

    /** How many awards of this badge the demo ambassador holds (read as the badge's issuing organisation). */
    private long ambassadorsAwards(Badge badge) {
        var previous = SecurityContextHolder.getContext();
        as(users, PROVIDER);
        try {
            return awards.awardsOf(badge.getId()).stream()
                    .filter(a -> a.getRecipientEmail().equals(AMBASSADOR))
                    .count();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void a_public_event_goes_through_moderation_and_the_confirmed_evaluation_awards_the_citys_badge_once() {
        Campaign c = created("Mural for the river");
        CampaignDraft d = c.toDraft();
        c = campaigns.save(
                c.getId(),
                c.getVersion(),
                new CampaignDraft(
                        d.title(),
                        CampaignKind.ARTS,
                        "A mural",
                        "",
                        Set.of(Theme.SUSTAINABILITY),
                        Set.of(Audience.PUBLIC),
                        Set.of(),
                        null,
                        null,
                        false,
                        List.of(),
                        List.of()));
        long id = c.getId();
        PublicEvent event = new PublicEvent(
                "Painting day by the river",
                "Paint the mural with us",
                "Bring old clothes.",
                LocalDateTime.of(2027, 5, 8, 10, 0),
                LocalDateTime.of(2027, 5, 8, 16, 0),
                new GeoPoint(46.0489, 14.5055),
                "Trnovski pristan",
                "Trnovski pristan 1",
                "https://example.org/mural");
        Campaign withEvent = reachingOut.publishEvent(id, c.getVersion(), event);
        assertThat(reachingOut.eventStatus(id)).contains("opportunity.status.submitted");
        assertThatThrownBy(() -> reachingOut.publishEvent(id, withEvent.getVersion(), event))
                .isInstanceOf(UserError.class)
                .hasMessage("campaign.error.event-pending");

        as(users, MODERATOR);
        var queued = moderation.queue(null, PageRequest.of(0, 100)).stream()
                .filter(o -> o.getId().equals(withEvent.getEventOpportunityId()))
                .findFirst()
                .orElseThrow();
        assertThat(queued.getOrganiser()).isEqualTo("Mural for the river");
        moderation.decide(queued.getId(), queued.getVersion(), Status.APPROVED, null);
        assertThat(publicOpportunities.findPublic(queued.getId())).hasValueSatisfying(p -> {
            assertThat(p.organisationName()).isEqualTo("Mural for the river");
            assertThat(p.organisationId()).isNull();
        });

        as(users, AMBASSADOR);
        assertThat(reachingOut.eventStatus(id)).contains("opportunity.status.approved");
        // The campaign's reaction to the moderator's decision and its notices come after commit, on another thread.
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(campaigns.activity(id)).anySatisfy(line -> {
                    assertThat(line.messageKey()).isEqualTo("campaign.activity.event-approved");
                    assertThat(line.actor())
                            .as("on behalf of the moderator who decided")
                            .isEqualTo("Maja Moderator");
                }));
        await().pollInSameThread()
                .untilAsserted(() -> assertThat(inbox.recent(50))
                        .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.event-approved")));

        as(users, CITY_ADMIN);
        Badge badge = reachingOut.badgeChoices().getFirst();
        Long chosenBefore = reachingOut.campaignBadge().map(Badge::getId).orElse(null);
        assertThatThrownBy(() -> reachingOut.chooseCampaignBadge(999_999L)).isInstanceOf(UserError.class);
        reachingOut.chooseCampaignBadge(badge.getId());
        try {
            as(users, AMBASSADOR);
            assertThatThrownBy(() -> reachingOut.chooseCampaignBadge(badge.getId()))
                    .isInstanceOf(AccessDeniedException.class);
            long before = ambassadorsAwards(badge);
            Campaign current = campaigns.get(id);
            Campaign evaluated = board.move(id, current.getVersion(), Stage.EVALUATED, 0, OUTCOMES);
            assertThat(evaluated.getStage()).isEqualTo(Stage.EVALUATED);
            assertThat(campaigns.activity(id))
                    .extracting(ActivityLine::messageKey)
                    .as("the team's evaluation alone awards nothing")
                    .doesNotContain("campaign.activity.badge-awarded");
            assertThat(ambassadorsAwards(badge)).isEqualTo(before);
            assertThatThrownBy(() -> board.confirmEvaluation(id, evaluated.getVersion()))
                    .as("the team does not confirm its own evaluation")
                    .isInstanceOf(AccessDeniedException.class);

            as(users, CITY_ADMIN);
            assertThat(board.awaitingConfirmation()).extracting(Campaign::getId).contains(id);
            await().pollInSameThread()
                    .untilAsserted(() -> assertThat(inbox.recent(50))
                            .as("the city admins hear of it")
                            .anySatisfy(
                                    n -> assertThat(n.messageKey()).isEqualTo("notice.campaign.evaluation-awaiting")));
            assertThat(board.confirmEvaluation(id, evaluated.getVersion())).isEqualTo(1);
            assertThat(board.awaitingConfirmation()).extracting(Campaign::getId).doesNotContain(id);
            assertThat(board.confirmEvaluation(id, campaigns.get(id).getVersion()))
                    .as("confirmed twice")
                    .isZero();
            assertThat(campaigns.activity(id))
                    .extracting(ActivityLine::messageKey)
                    .contains("campaign.activity.evaluation-confirmed", "campaign.activity.badge-awarded");
            assertThat(ambassadorsAwards(badge)).isEqualTo(before + 1);

            as(users, AMBASSADOR);
            Campaign back = board.move(id, campaigns.get(id).getVersion(), Stage.DONE, 0, null);
            Campaign again = board.move(id, back.getVersion(), Stage.EVALUATED, 0, null);
            as(users, CITY_ADMIN);
            assertThat(board.awaitingConfirmation())
                    .as("evaluated again, it waits again")
                    .extracting(Campaign::getId)
                    .contains(id);
            assertThat(board.confirmEvaluation(id, again.getVersion()))
                    .as("but nobody receives it twice")
                    .isZero();
            assertThat(ambassadorsAwards(badge)).isEqualTo(before + 1);

            as(users, PROVIDER);
            assertThat(awards.awardsOf(badge.getId())).anySatisfy(a -> {
                assertThat(a.getRecipientEmail()).isEqualTo(AMBASSADOR);
                assertThat(a.getEvidenceNarrative())
                        .contains("Mural for the river")
                        .contains("Doseženi ljudje: 120");
                assertThat(a.getCredential()).contains("\"evidence\"");
            });

            as(users, CITY_ADMIN);
            assertThat(reachingOut.summary())
                    .filteredOn(s -> s.theme() == Theme.SUSTAINABILITY)
                    .singleElement()
                    .satisfies(s -> {
                        assertThat(s.finished()).isGreaterThanOrEqualTo(1);
                        assertThat(s.peopleReached()).isGreaterThanOrEqualTo(120);
                    });
            as(users, AMBASSADOR);
            assertThatThrownBy(() -> reachingOut.summary()).isInstanceOf(AccessDeniedException.class);
        } finally {
            // Leave the city's choice as the demo made it: other tests read it.
            as(users, CITY_ADMIN);
            reachingOut.chooseCampaignBadge(chosenBefore);
        }
        as(users, AMBASSADOR);
        assertThatThrownBy(() -> awards.awardForCampaign(badge.getId(), List.of("someone@example.org"), "en", "x"))
                .as("only a city admin's confirmation awards a campaign badge")
                .isInstanceOf(AccessDeniedException.class);
    }
}
