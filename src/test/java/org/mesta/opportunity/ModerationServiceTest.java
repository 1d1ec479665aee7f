package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.map.BoundingBox;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Moderators of a city: the queue, decisions (an approval publishes, a revision replaces it), and who may not. */
class ModerationServiceTest extends OpportunityTests {

    @Autowired
    AccountService accounts;

    @Test
    void the_full_lifecycle_from_draft_to_the_public_map_with_a_revision() {
        Opportunity o = submitted("Delavnica o duševnem zdravju");
        as(users, MODERATOR);
        assertThat(moderation.queue(null, PageRequest.of(0, 100)))
                .extracting(Opportunity::getId)
                .contains(o.getId());
        long v = opportunities.get(o.getId()).getVersion();
        assertThatThrownBy(() -> moderation.decide(o.getId(), v, Status.CHANGES_REQUESTED, " "))
                .isInstanceOf(UserError.class)
                .hasMessage("moderation.error.reason-required");
        moderation.decide(o.getId(), v, Status.CHANGES_REQUESTED, "Dodajte naslov prizorišča.");

        as(users, PROVIDER);
        Opportunity back = opportunities.get(o.getId());
        assertThat(back.getStatus()).isEqualTo(Status.CHANGES_REQUESTED);
        assertThat(back.getDecisionReason()).isEqualTo("Dodajte naslov prizorišča.");
        back = opportunities.saveDraft(
                back.getId(), back.getVersion(), OpportunityServiceTest.complete("Delavnica o duševnem zdravju"), 4);
        back = opportunities.submit(back.getId(), back.getVersion());

        as(users, MODERATOR);
        moderation.decide(o.getId(), back.getVersion(), Status.APPROVED, null);
        assertThat(moderation.decisions(o.getId()))
                .extracting(ModerationDecision::getDecision)
                .containsExactly(Status.APPROVED, Status.CHANGES_REQUESTED);

        SecurityContextHolder.clearContext();
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        PublicQuery query = new PublicQuery(
                ljubljana,
                new BoundingBox(46.0, 14.4, 46.1, 14.6),
                null,
                null,
                Theme.MENTAL_HEALTH,
                null,
                true,
                16,
                LocalDate.now(),
                null,
                100);
        assertThat(publicSide.cards(query)).extracting(Card::id).contains(o.getId());
        PublicQuery elsewhere = new PublicQuery(
                ljubljana,
                new BoundingBox(45.0, 13.0, 45.1, 13.1),
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                100);
        assertThat(publicSide.cards(elsewhere)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery tooOld = new PublicQuery(ljubljana, null, null, null, null, null, false, 30, null, null, 100);
        assertThat(publicSide.cards(tooOld)).extracting(Card::id).doesNotContain(o.getId());

        // A revision: the approved version stays public until the change is approved too.
        as(users, PROVIDER);
        Opportunity approved = opportunities.get(o.getId());
        Opportunity revision = opportunities.saveDraft(
                approved.getId(), approved.getVersion(), OpportunityServiceTest.complete("Nov naslov"), 4);
        assertThat(revision.getStatus()).isEqualTo(Status.DRAFT);
        assertThat(publicSide.findPublic(o.getId()).orElseThrow().texts("sl").title())
                .isEqualTo("Delavnica o duševnem zdravju");
        revision = opportunities.submit(revision.getId(), revision.getVersion());
        as(users, MODERATOR);
        moderation.decide(o.getId(), revision.getVersion(), Status.APPROVED, null);
        PublicOpportunity now = publicSide.findPublic(o.getId()).orElseThrow();
        assertThat(now.texts("sl").title()).isEqualTo("Nov naslov");
        assertThat(now.revision()).isEqualTo(2);

        var before = publicSide.publicVersion(ljubljana);
        as(users, PROVIDER);
        opportunities.archive(o.getId(), true);
        assertThat(publicSide.findPublic(o.getId())).isEmpty();
        // The in-memory public index forgets it at once, and the answers' version (ETag) moves on.
        assertThat(publicSide.cards(query)).extracting(Card::id).doesNotContain(o.getId());
        assertThat(publicSide.publicVersion(ljubljana).tag()).isNotEqualTo(before.tag());
    }

    @Test
    void a_second_moderator_deciding_the_same_item_is_told_and_nothing_is_overwritten() {
        Opportunity o = submitted("Dvojna odločitev");
        as(users, MODERATOR);
        long version = opportunities.get(o.getId()).getVersion();
        moderation.decide(o.getId(), version, Status.REJECTED, "Ni za mlade.");
        assertThatThrownBy(() -> moderation.decide(o.getId(), version, Status.APPROVED, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(opportunities.get(o.getId()).getStatus()).isEqualTo(Status.REJECTED);
        assertThat(publicSide.findPublic(o.getId())).isEmpty();
    }

    @Test
    void moderators_act_only_in_their_own_city() {
        Opportunity o = submitted("Samo Ljubljana");
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        as(users, NETWORK_ADMIN);
        accounts.createAccount(
                "maribor.moderator@example.org", "MB Mod", "long enough pw", maribor, "sl", EnumSet.of(Role.MODERATOR));
        as(users, "maribor.moderator@example.org");
        assertThat(moderation.queue(null, PageRequest.of(0, 100)))
                .extracting(Opportunity::getId)
                .doesNotContain(o.getId());
        assertThatThrownBy(() -> moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void learners_and_providers_cannot_moderate() {
        Opportunity o = submitted("Ni za ponudnike");
        as(users, LEARNER);
        assertThatThrownBy(() -> moderation.queue(null, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.decisions(o.getId())).isInstanceOf(AccessDeniedException.class);
        as(users, PROVIDER);
        assertThatThrownBy(() -> moderation.queue(null, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
