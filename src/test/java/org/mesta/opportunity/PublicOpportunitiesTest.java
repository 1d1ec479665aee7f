package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** What anyone reads of the approved opportunities: the in-memory index, a series of sessions, public pages. */
class PublicOpportunitiesTest extends OpportunityTests {

    @Autowired
    PublicIndex index;

    @Test
    void the_public_index_drops_what_has_ended_and_its_version_says_so() {
        Opportunity o = submitted("Enkratni dogodek");
        as(users, MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        PublicQuery all = PublicQuery.city(ljubljana);
        Instant now = Instant.now();
        Instant afterItEnds = now.plus(Duration.ofDays(11));
        assertThat(index.cards(all, now)).extracting(Card::id).contains(o.getId());
        assertThat(index.cards(all, afterItEnds)).extracting(Card::id).doesNotContain(o.getId());
        assertThat(index.version(ljubljana, afterItEnds).tag())
                .isNotEqualTo(index.version(ljubljana, now).tag());
        // Filters the same way the public map offers them.
        PublicQuery online =
                new PublicQuery(ljubljana, null, null, Format.ONLINE, null, null, false, null, null, null, 100);
        assertThat(index.cards(online, now)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery laterDates = new PublicQuery(
                ljubljana,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                LocalDate.now().plusDays(20),
                null,
                100);
        assertThat(index.cards(laterDates, now)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery sooner = new PublicQuery(
                ljubljana,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                LocalDate.now().plusDays(5),
                100);
        assertThat(index.cards(sooner, now)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery signLanguage = new PublicQuery(
                ljubljana, null, null, null, null, AccessFeature.SIGN_LANGUAGE, false, null, null, null, 100);
        assertThat(index.cards(signLanguage, now)).extracting(Card::id).doesNotContain(o.getId());
    }

    @Test
    void a_series_of_sessions_is_published_whole_and_stays_current_until_its_last_meeting() {
        long org = providersOrganisation();
        OpportunityDraft d = OpportunityServiceTest.complete("Tečaj v treh srečanjih");
        LocalDateTime first = d.startsAt();
        OpportunityDraft series = new OpportunityDraft(
                d.texts(),
                d.type(),
                d.themes(),
                d.format(),
                first,
                first.plusHours(2),
                false,
                d.location(),
                d.venue(),
                d.address(),
                null,
                15,
                20,
                12,
                true,
                null,
                d.languages(),
                d.access(),
                null,
                d.joinUrl(),
                null,
                null,
                List.of(
                        new Session(first.plusWeeks(1), first.plusWeeks(1).plusHours(2)),
                        new Session(first.plusWeeks(2), first.plusWeeks(2).plusHours(2))));
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), series, 4);
        assertThat(opportunities.draft(o.getId()).sessions()).hasSize(2);
        o = opportunities.submit(o.getId(), o.getVersion());
        as(users, MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        PublicOpportunity p = publicSide.findPublic(o.getId()).orElseThrow();
        assertThat(p.meetings()).hasSize(3);
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        PublicQuery afterFirst = new PublicQuery(
                ljubljana,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                first.toLocalDate().plusDays(8),
                null,
                200);
        assertThat(publicSide.cards(afterFirst)).extracting(Card::id).contains(o.getId());
    }
}
