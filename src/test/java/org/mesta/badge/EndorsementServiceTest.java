package org.mesta.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;
import static org.mesta.badge.EndorsementTestData.*;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.inbox.InboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may endorse which badge: an organisation's issuers and admins, for another organisation's published badge,
 * once while active; withdrawing hides it and frees the pair.
 */
@SpringBootTest
@ActiveProfiles("test")
class EndorsementServiceTest {

    @Autowired
    EndorsementService endorsements;

    @Autowired
    BadgeService badges;

    @Autowired
    CityService cities;

    @Autowired
    InboxService inbox;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Organisation youthCentre() {
        return ljubljana(cities, "Youth Centre");
    }

    private Badge libraryBadge() {
        return publishedOf(ljubljana(cities, "Library").getId(), badges);
    }

    @Test
    void provider_endorses_another_organisation_s_badge_and_everyone_sees_it_on_the_badge() {
        Badge badge = libraryBadge();
        long youthCentre = youthCentre().getId();
        as(users, PROVIDER);
        assertThat(endorsements.endorsable("", "en", PageRequest.of(0, 200)))
                .extracting(c -> c.badge().getId())
                .contains(badge.getId())
                .doesNotContainAnyElementsOf(badges.mine(null, "", PageRequest.of(0, 200)).stream()
                        .map(Badge::getId)
                        .toList());
        Endorsement e =
                endorsements.endorse(youthCentre, badge.getId(), "  Our volunteers learnt a lot here.\u0007  ", "sl");
        assertThat(e.getComment()).isEqualTo("Our volunteers learnt a lot here.");
        assertThat(endorsements.given("en"))
                .anySatisfy(s -> assertThat(s.badgeId()).isEqualTo(badge.getId()));
        SecurityContextHolder.clearContext();

        assertThat(endorsements.ofBadge(badge.getId(), "en")).singleElement().satisfies(s -> {
            assertThat(s.endorser()).isEqualTo(youthCentre().getName());
            assertThat(s.comment()).isEqualTo("Our volunteers learnt a lot here.");
        });
        long library = badge.getOrganisationId();
        assertThat(asAdminOf(library, () -> endorsements.ofMyBadges("en")))
                .anySatisfy(s -> assertThat(s.id()).isEqualTo(e.getId()));
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .until(() -> asAdminOf(library, () -> inbox.recent(50)).stream()
                        .anyMatch(n -> n.messageKey().equals("notice.endorsement.received")
                                && n.args().contains(youthCentre().getName())));
    }

    @Test
    void a_learner_an_editor_and_an_outsider_may_not_endorse_nor_may_anyone_endorse_their_own_badge() {
        Badge badge = libraryBadge();
        long youthCentre = youthCentre().getId();
        run(
                users,
                LEARNER,
                () -> assertThatThrownBy(() -> endorsements.endorse(youthCentre, badge.getId(), "Great", "sl"))
                        .isInstanceOf(AccessDeniedException.class));
        // Editors design badges; endorsing, like issuing, is for the organisation's issuers and admins.
        run(
                users,
                "editor@mesta.example",
                () -> assertThatThrownBy(() -> endorsements.endorse(youthCentre, badge.getId(), "Great", "sl"))
                        .isInstanceOf(AccessDeniedException.class));
        // For an organisation the provider is not in (here: the Green volunteers of Ljubljana).
        long green = ljubljana(cities, "Green").getId();
        run(
                users,
                PROVIDER,
                () -> assertThatThrownBy(() -> endorsements.endorse(green, badge.getId(), "Great", "sl"))
                        .isInstanceOf(AccessDeniedException.class));
        // A provider of the badge's own organisation.
        assertThatThrownBy(() -> asAdminOf(
                        badge.getOrganisationId(),
                        () -> endorsements.endorse(badge.getOrganisationId(), badge.getId(), "Ours is best", "sl")))
                .isInstanceOf(AccessDeniedException.class);
        run(users, PROVIDER, () -> {
            Badge own = BadgeTestData.published(badges);
            assertThatThrownBy(() -> endorsements.endorse(youthCentre, own.getId(), "Ours", "sl"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(endorsements.endorsable("", "en", PageRequest.of(0, 500)))
                    .noneMatch(c -> c.badge().getId().equals(own.getId()));
        });
        assertThat(endorsements.ofBadge(badge.getId(), "en")).isEmpty();
    }

    @Test
    void the_comment_is_required_short_and_in_a_language_the_cities_speak() {
        Badge badge = libraryBadge();
        long youthCentre = youthCentre().getId();
        as(users, "issuer@mesta.example");
        assertThatThrownBy(() -> endorsements.endorse(youthCentre, badge.getId(), "   ", "sl"))
                .isInstanceOf(org.mesta.base.UserError.class)
                .hasMessageContaining("endorse.error.comment-required");
        assertThatThrownBy(() -> endorsements.endorse(youthCentre, badge.getId(), "x".repeat(501), "sl"))
                .isInstanceOf(org.mesta.base.UserError.class)
                .hasMessageContaining("endorse.error.comment-too-long");
        assertThatThrownBy(() -> endorsements.endorse(youthCentre, badge.getId(), "Good", "ja"))
                .isInstanceOf(org.mesta.base.UserError.class)
                .hasMessageContaining("endorse.error.language");
        assertThat(endorsements.languages(youthCentre, badge.getId())).containsExactly("sl", "en");
        // An issuer (not only an admin) may endorse for their organisation.
        assertThat(endorsements
                        .endorse(youthCentre, badge.getId(), "x".repeat(500), "en")
                        .isActive())
                .isTrue();
    }

    @Test
    void one_active_endorsement_per_organisation_and_badge_and_withdrawing_frees_the_pair() {
        Badge badge = libraryBadge();
        long youthCentre = youthCentre().getId();
        as(users, PROVIDER);
        Endorsement first = endorsements.endorse(youthCentre, badge.getId(), "Worth it.", "sl");
        assertThatThrownBy(() -> endorsements.endorse(youthCentre, badge.getId(), "Again!", "sl"))
                .isInstanceOf(org.mesta.base.UserError.class)
                .hasMessageContaining("endorse.error.already");
        // Only the endorsing organisation's issuers may withdraw it.
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> asAdminOf(badge.getOrganisationId(), () -> endorsements.withdraw(first.getId())))
                .isInstanceOf(AccessDeniedException.class);
        run(
                users,
                LEARNER,
                () -> assertThatThrownBy(() -> endorsements.withdraw(first.getId()))
                        .isInstanceOf(AccessDeniedException.class));
        as(users, PROVIDER);
        assertThat(endorsements.withdraw(first.getId()).getWithdrawnAt()).isNotNull();
        assertThat(endorsements.ofBadge(badge.getId(), "en")).isEmpty();
        assertThat(endorsements.given("en"))
                .filteredOn(s -> s.id() == first.getId())
                .singleElement()
                .satisfies(s -> assertThat(s.active()).isFalse());
        Endorsement second = endorsements.endorse(youthCentre, badge.getId(), "Still worth it.", "sl");
        assertThat(endorsements.ofBadge(badge.getId(), "en"))
                .singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(second.getId()));
    }
}
