package org.mesta.opportunity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.map.BoundingBox;
import org.mesta.map.GeoPoint;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

@SpringBootTest
@ActiveProfiles("test")
class OpportunityServiceTest {

    @Autowired
    OpportunityService opportunities;
    @Autowired
    CityService cities;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static OpportunityDraft complete(String title) {
        LocalDateTime start = LocalDateTime.now().plusDays(10).withHour(17).withMinute(0).withSecond(0).withNano(0);
        return new OpportunityDraft(Map.of("sl", new Texts(title, "Kratek povzetek", "**Opis** s [povezavo](https://example.org)")),
                OpportunityType.WORKSHOP, Set.of(Theme.MENTAL_HEALTH, Theme.INCLUSION), Format.IN_PERSON, start,
                start.plusHours(2), false, new GeoPoint(46.0514, 14.5060), "Youth Centre hall", "Trubarjeva 1",
                null, 14, 19, 20, true, null, Set.of("sl", "en"), Set.of(AccessFeature.STEP_FREE), null,
                "https://example.org/join", null, null, java.util.List.of());
    }

    private long providersOrganisation() {
        as(users, PROVIDER);
        return MestaUser.require().organisationIds().iterator().next();
    }

    private Opportunity submitted(String title) {
        long org = providersOrganisation();
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), complete(title), 4);
        return opportunities.submit(o.getId(), o.getVersion());
    }

    @Test
    void autosave_keeps_an_incomplete_draft_and_the_step_reached() {
        long org = providersOrganisation();
        Opportunity o = opportunities.create(org);
        OpportunityDraft half = new OpportunityDraft(Map.of("sl", new Texts("Pol", "", "")), null, Set.of(), Format.ONLINE,
                null, null, false, null, null, null, null, null, null, null, true, null, Set.of(), Set.of(), null, null, null, null, java.util.List.of());
        o = opportunities.saveDraft(o.getId(), o.getVersion(), half, 2);
        assertThat(o.getWizardStep()).isEqualTo(2);
        assertThat(opportunities.draft(o.getId()).texts("sl").title()).isEqualTo("Pol");
        long stale = o.getVersion() - 1;
        long id = o.getId();
        assertThatThrownBy(() -> opportunities.saveDraft(id, stale, half, 3))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long version = o.getVersion();
        assertThatThrownBy(() -> opportunities.submit(id, version)).isInstanceOf(UserError.class)
                .hasMessage("opportunity.error.incomplete");
    }

    @Test
    void rules_name_the_field_of_each_problem() {
        OpportunityDraft d = complete("X");
        OpportunityDraft wrong = new OpportunityDraft(d.texts(), d.type(), d.themes(), Format.HYBRID, d.startsAt(),
                d.startsAt().minusHours(1), false, d.location(), d.venue(), d.address(), "not a url", 18, 12, 0, false,
                "", Set.of(), d.access(), null, null, "bad@", "x", java.util.List.of(new Session(d.startsAt(), d.startsAt().minusHours(1))));
        assertThat(OpportunityRules.checkAll(wrong, "sl")).extracting(OpportunityRules.Problem::field)
                .contains("endsAt", "session.0", "onlineUrl", "ageMax", "capacity", "price", "languages", "joinEmail", "joinPhone");
        assertThat(OpportunityRules.checkAll(d, "sl")).isEmpty();
        assertThat(OpportunityRules.checkAll(d, "en")).extracting(OpportunityRules.Problem::field)
                .containsExactly("title.en", "summary.en");
    }

    @Test
    void providers_cannot_touch_another_organisation_s_opportunities_and_learners_none() {
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        as(users, CITY_ADMIN);
        long mariborOrg;
        as(users, NETWORK_ADMIN);
        mariborOrg = cities.organisationsOfCity(maribor).getFirst().getId();
        as(users, PROVIDER);
        assertThatThrownBy(() -> opportunities.create(mariborOrg)).isInstanceOf(AccessDeniedException.class);
        Opportunity mine = submitted("Moja delavnica");
        as(users, NETWORK_ADMIN);
        var other = accounts.createAccount("other.provider@example.org", "Other", "long enough pw", maribor, "en",
                EnumSet.of(Role.PROVIDER));
        accounts.addMember(mariborOrg, other.getId(), org.mesta.security.OrganisationRole.EDITOR);
        as(users, "other.provider@example.org");
        assertThatThrownBy(() -> opportunities.get(mine.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.duplicate(mine.getId())).isInstanceOf(AccessDeniedException.class);
        as(users, LEARNER);
        assertThatThrownBy(() -> opportunities.mine(null, false, "", PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.queue(null, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_full_lifecycle_from_draft_to_the_public_map_with_a_revision() {
        Opportunity o = submitted("Delavnica o duševnem zdravju");
        as(users, MODERATOR);
        assertThat(opportunities.queue(null, PageRequest.of(0, 100))).extracting(Opportunity::getId).contains(o.getId());
        long v = opportunities.get(o.getId()).getVersion();
        assertThatThrownBy(() -> opportunities.decide(o.getId(), v, Status.CHANGES_REQUESTED, " "))
                .isInstanceOf(UserError.class).hasMessage("moderation.error.reason-required");
        opportunities.decide(o.getId(), v, Status.CHANGES_REQUESTED, "Dodajte naslov prizorišča.");

        as(users, PROVIDER);
        Opportunity back = opportunities.get(o.getId());
        assertThat(back.getStatus()).isEqualTo(Status.CHANGES_REQUESTED);
        assertThat(back.getDecisionReason()).isEqualTo("Dodajte naslov prizorišča.");
        back = opportunities.saveDraft(back.getId(), back.getVersion(), complete("Delavnica o duševnem zdravju"), 4);
        back = opportunities.submit(back.getId(), back.getVersion());

        as(users, MODERATOR);
        opportunities.decide(o.getId(), back.getVersion(), Status.APPROVED, null);
        assertThat(opportunities.decisions(o.getId())).extracting(ModerationDecision::getDecision)
                .containsExactly(Status.APPROVED, Status.CHANGES_REQUESTED);

        SecurityContextHolder.clearContext();
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        PublicQuery query = new PublicQuery(ljubljana, new BoundingBox(46.0, 14.4, 46.1, 14.6), null, null,
                Theme.MENTAL_HEALTH, null, true, 16, LocalDate.now(), null, 100);
        assertThat(opportunities.cards(query)).extracting(Card::id).contains(o.getId());
        PublicQuery elsewhere = new PublicQuery(ljubljana, new BoundingBox(45.0, 13.0, 45.1, 13.1), null, null, null,
                null, false, null, null, null, 100);
        assertThat(opportunities.cards(elsewhere)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery tooOld = new PublicQuery(ljubljana, null, null, null, null, null, false, 30, null, null, 100);
        assertThat(opportunities.cards(tooOld)).extracting(Card::id).doesNotContain(o.getId());

        // A revision: the approved version stays public until the change is approved too.
        as(users, PROVIDER);
        Opportunity approved = opportunities.get(o.getId());
        Opportunity revision = opportunities.saveDraft(approved.getId(), approved.getVersion(), complete("Nov naslov"), 4);
        assertThat(revision.getStatus()).isEqualTo(Status.DRAFT);
        assertThat(opportunities.findPublic(o.getId()).orElseThrow().texts("sl").title())
                .isEqualTo("Delavnica o duševnem zdravju");
        revision = opportunities.submit(revision.getId(), revision.getVersion());
        as(users, MODERATOR);
        opportunities.decide(o.getId(), revision.getVersion(), Status.APPROVED, null);
        PublicOpportunity now = opportunities.findPublic(o.getId()).orElseThrow();
        assertThat(now.texts("sl").title()).isEqualTo("Nov naslov");
        assertThat(now.revision()).isEqualTo(2);

        var before = opportunities.publicVersion(ljubljana);
        as(users, PROVIDER);
        opportunities.archive(o.getId(), true);
        assertThat(opportunities.findPublic(o.getId())).isEmpty();
        // The in-memory public index forgets it at once, and the answers' version (ETag) moves on.
        assertThat(opportunities.cards(query)).extracting(Card::id).doesNotContain(o.getId());
        assertThat(opportunities.publicVersion(ljubljana).tag()).isNotEqualTo(before.tag());
    }

    @Autowired
    PublicIndex index;
    @Autowired
    org.mesta.badge.BadgeService badgeService;

    @Test
    void published_badges_of_the_own_organisation_are_linked_and_shown_once_approved() {
        Opportunity o = submitted("Z značko");
        as(users, MODERATOR);
        Opportunity approved = opportunities.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        var badge = badgeService.create(organisation, org.mesta.badge.BadgeDesign.standard());
        long draftBadge = badge.getId();
        assertThatThrownBy(() -> opportunities.linkBadges(approved.getId(), Set.of(draftBadge)))
                .isInstanceOf(UserError.class).hasMessage("opportunity.error.badge");
        badge = badgeService.save(badge.getId(), badge.getVersion(), new org.mesta.badge.BadgeDraft(
                org.mesta.badge.BadgeDesign.standard(), Map.of("sl", new org.mesta.badge.BadgeTexts("Govornik", "", "",
                "Opis", "Merila", "")), null, java.util.List.of(), java.util.List.of(), null));
        badge = badgeService.publish(badge.getId(), badge.getVersion());
        assertThat(opportunities.linkableBadges(approved.getId())).extracting(org.mesta.badge.Badge::getId).contains(badge.getId());
        Opportunity linked = opportunities.linkBadges(approved.getId(), Set.of(badge.getId()));
        assertThat(linked.getStatus()).as("a change to moderate").isEqualTo(Status.DRAFT);
        assertThat(opportunities.findPublic(o.getId()).orElseThrow().badges()).isEmpty();
        linked = opportunities.submit(linked.getId(), linked.getVersion());
        as(users, MODERATOR);
        opportunities.decide(o.getId(), linked.getVersion(), Status.APPROVED, null);
        assertThat(opportunities.findPublic(o.getId()).orElseThrow().badges()).containsExactly(badge.getId());
        as(users, LEARNER);
        long badgeId = badge.getId();
        assertThatThrownBy(() -> opportunities.linkBadges(o.getId(), Set.of(badgeId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_public_index_drops_what_has_ended_and_its_version_says_so() {
        Opportunity o = submitted("Enkratni dogodek");
        as(users, MODERATOR);
        opportunities.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        PublicQuery all = PublicQuery.city(ljubljana);
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant afterItEnds = now.plus(java.time.Duration.ofDays(11));
        assertThat(index.cards(all, now)).extracting(Card::id).contains(o.getId());
        assertThat(index.cards(all, afterItEnds)).extracting(Card::id).doesNotContain(o.getId());
        assertThat(index.version(ljubljana, afterItEnds).tag()).isNotEqualTo(index.version(ljubljana, now).tag());
        // Filters the same way the public map offers them.
        PublicQuery online = new PublicQuery(ljubljana, null, null, Format.ONLINE, null, null, false, null, null, null, 100);
        assertThat(index.cards(online, now)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery laterDates = new PublicQuery(ljubljana, null, null, null, null, null, false, null,
                LocalDate.now().plusDays(20), null, 100);
        assertThat(index.cards(laterDates, now)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery sooner = new PublicQuery(ljubljana, null, null, null, null, null, false, null, null,
                LocalDate.now().plusDays(5), 100);
        assertThat(index.cards(sooner, now)).extracting(Card::id).doesNotContain(o.getId());
        PublicQuery signLanguage = new PublicQuery(ljubljana, null, null, null, null, AccessFeature.SIGN_LANGUAGE,
                false, null, null, null, 100);
        assertThat(index.cards(signLanguage, now)).extracting(Card::id).doesNotContain(o.getId());
    }

    @Test
    void a_second_moderator_deciding_the_same_item_is_told_and_nothing_is_overwritten() {
        Opportunity o = submitted("Dvojna odločitev");
        as(users, MODERATOR);
        long version = opportunities.get(o.getId()).getVersion();
        opportunities.decide(o.getId(), version, Status.REJECTED, "Ni za mlade.");
        assertThatThrownBy(() -> opportunities.decide(o.getId(), version, Status.APPROVED, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(opportunities.get(o.getId()).getStatus()).isEqualTo(Status.REJECTED);
        assertThat(opportunities.findPublic(o.getId())).isEmpty();
    }

    @Test
    void moderators_act_only_in_their_own_city() {
        Opportunity o = submitted("Samo Ljubljana");
        long maribor = cities.findCityBySlug("maribor").orElseThrow().getId();
        as(users, NETWORK_ADMIN);
        accounts.createAccount("maribor.moderator@example.org", "MB Mod", "long enough pw", maribor, "sl",
                EnumSet.of(Role.MODERATOR));
        as(users, "maribor.moderator@example.org");
        assertThat(opportunities.queue(null, PageRequest.of(0, 100))).extracting(Opportunity::getId)
                .doesNotContain(o.getId());
        assertThatThrownBy(() -> opportunities.decide(o.getId(), o.getVersion(), Status.APPROVED, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    static byte[] png(int width, int height) throws Exception {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void pictures_are_checked_resized_to_jpeg_and_public_once_the_revision_is_approved() throws Exception {
        Opportunity o = submitted("S sliko");
        as(users, PROVIDER);
        assertThatThrownBy(() -> opportunities.setImage(o.getId(), png(3000, 2000), "Oranžna ploskev"))
                .isInstanceOf(UserError.class).hasMessage("opportunity.error.not-editable");
        as(users, MODERATOR);
        Opportunity approved = opportunities.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        as(users, PROVIDER);
        long id = approved.getId();
        assertThatThrownBy(() -> opportunities.setImage(id, "<svg onload=alert(1)>".getBytes(), "x"))
                .isInstanceOf(UserError.class).hasMessage("opportunity.error.image-type");
        assertThatThrownBy(() -> opportunities.setImage(id, png(100, 80), "x"))
                .isInstanceOf(UserError.class).hasMessage("opportunity.error.image-dimensions");
        Opportunity revision = opportunities.setImage(id, png(3000, 2000), "Oranžna ploskev");
        assertThat(revision.getStatus()).as("a new picture is a change to moderate").isEqualTo(Status.DRAFT);
        assertThat(revision.getVersion()).isGreaterThan(approved.getVersion());
        byte[] stored = opportunities.image(id).orElseThrow();
        assertThat(stored[0] & 0xff).isEqualTo(0xFF);
        assertThat(stored[1] & 0xff).isEqualTo(0xD8);
        var read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(read.getWidth()).isEqualTo(1600);
        assertThat(read.getHeight()).isEqualTo(1067);
        assertThat(opportunities.imageDescription(id)).hasValue("Oranžna ploskev");
        SecurityContextHolder.clearContext();
        assertThat(opportunities.publicImage(id)).as("not public before the revision is approved").isEmpty();
        as(users, PROVIDER);
        revision = opportunities.submit(id, revision.getVersion());
        as(users, MODERATOR);
        opportunities.decide(id, revision.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        assertThat(opportunities.publicImage(id)).hasValueSatisfying(jpeg -> assertThat(jpeg).isEqualTo(stored));
        // Replacing it again changes the working copy only; the approved picture stays public.
        as(users, PROVIDER);
        opportunities.setImage(id, png(800, 600), "Manjša ploskev");
        SecurityContextHolder.clearContext();
        assertThat(opportunities.publicImage(id)).hasValueSatisfying(jpeg -> assertThat(jpeg).isEqualTo(stored));
        as(users, LEARNER);
        assertThatThrownBy(() -> opportunities.setImage(id, png(400, 300), "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_series_of_sessions_is_published_whole_and_stays_current_until_its_last_meeting() {
        long org = providersOrganisation();
        OpportunityDraft d = complete("Tečaj v treh srečanjih");
        LocalDateTime first = d.startsAt();
        OpportunityDraft series = new OpportunityDraft(d.texts(), d.type(), d.themes(), d.format(), first,
                first.plusHours(2), false, d.location(), d.venue(), d.address(), null, 15, 20, 12, true, null,
                d.languages(), d.access(), null, d.joinUrl(), null, null,
                java.util.List.of(new Session(first.plusWeeks(1), first.plusWeeks(1).plusHours(2)),
                        new Session(first.plusWeeks(2), first.plusWeeks(2).plusHours(2))));
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), series, 4);
        assertThat(opportunities.draft(o.getId()).sessions()).hasSize(2);
        o = opportunities.submit(o.getId(), o.getVersion());
        as(users, MODERATOR);
        opportunities.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        PublicOpportunity p = opportunities.findPublic(o.getId()).orElseThrow();
        assertThat(p.meetings()).hasSize(3);
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        PublicQuery afterFirst = new PublicQuery(ljubljana, null, null, null, null, null, false, null,
                first.toLocalDate().plusDays(8), null, 200);
        assertThat(opportunities.cards(afterFirst)).extracting(Card::id).contains(o.getId());
    }

    @Test
    void descriptions_are_markdown_rendered_to_safe_html() {
        String html = Markdown.toSafeHtml("# Hi\n**bold** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://e.org)");
        assertThat(html).contains("<strong>bold</strong>").contains("<h3>Hi</h3>").contains("href=\"https://e.org\"")
                .doesNotContain("<script").doesNotContain("javascript:");
    }
}
