package org.mesta.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.Problem;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.map.GeoPoint;
import org.mesta.security.AccountService;
import org.mesta.security.OrganisationRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Providers writing their organisation's opportunities: drafts, submissions, pictures, badges, and who may not. */
class OpportunityServiceTest extends OpportunityTests {

    @Autowired
    AccountService accounts;

    static OpportunityDraft complete(String title) {
        LocalDateTime start = LocalDateTime.now()
                .plusDays(10)
                .withHour(17)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return new OpportunityDraft(
                Map.of("sl", new Texts(title, "Kratek povzetek", "**Opis** s [povezavo](https://example.org)")),
                OpportunityType.WORKSHOP,
                Set.of(Theme.MENTAL_HEALTH, Theme.INCLUSION),
                Format.IN_PERSON,
                start,
                start.plusHours(2),
                false,
                new GeoPoint(46.0514, 14.5060),
                "Youth Centre hall",
                "Trubarjeva 1",
                null,
                14,
                19,
                20,
                true,
                null,
                Set.of("sl", "en"),
                Set.of(AccessFeature.STEP_FREE),
                null,
                "https://example.org/join",
                null,
                null,
                List.of());
    }

    @Test
    void autosave_keeps_an_incomplete_draft_and_the_step_reached() {
        long org = providersOrganisation();
        Opportunity o = opportunities.create(org);
        OpportunityDraft half = new OpportunityDraft(
                Map.of("sl", new Texts("Pol", "", "")),
                null,
                Set.of(),
                Format.ONLINE,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                Set.of(),
                Set.of(),
                null,
                null,
                null,
                null,
                List.of());
        o = opportunities.saveDraft(o.getId(), o.getVersion(), half, 2);
        assertThat(o.getWizardStep()).isEqualTo(2);
        assertThat(opportunities.draft(o.getId()).texts("sl").title()).isEqualTo("Pol");
        long stale = o.getVersion() - 1;
        long id = o.getId();
        assertThatThrownBy(() -> opportunities.saveDraft(id, stale, half, 3))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        long version = o.getVersion();
        assertThatThrownBy(() -> opportunities.submit(id, version))
                .isInstanceOf(UserError.class)
                .hasMessage("opportunity.error.incomplete");
    }

    @Test
    void rules_name_the_field_of_each_problem() {
        OpportunityDraft d = complete("X");
        OpportunityDraft wrong = new OpportunityDraft(
                d.texts(),
                d.type(),
                d.themes(),
                Format.HYBRID,
                d.startsAt(),
                d.startsAt().minusHours(1),
                false,
                d.location(),
                d.venue(),
                d.address(),
                "not a url",
                18,
                12,
                0,
                false,
                "",
                Set.of(),
                d.access(),
                null,
                null,
                "bad@",
                "x",
                List.of(new Session(d.startsAt(), d.startsAt().minusHours(1))));
        assertThat(OpportunityRules.checkAll(wrong, "sl"))
                .extracting(Problem::field)
                .contains(
                        "endsAt",
                        "session.0",
                        "onlineUrl",
                        "ageMax",
                        "capacity",
                        "price",
                        "languages",
                        "joinEmail",
                        "joinPhone");
        assertThat(OpportunityRules.checkAll(d, "sl")).isEmpty();
        assertThat(OpportunityRules.checkAll(d, "en"))
                .extracting(Problem::field)
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
        var other = accounts.createAccount(
                "other.provider@example.org", "Other", "long enough pw", maribor, "en", EnumSet.of(Role.PROVIDER));
        accounts.addMember(mariborOrg, other.getId(), OrganisationRole.EDITOR);
        as(users, "other.provider@example.org");
        assertThatThrownBy(() -> opportunities.get(mine.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> opportunities.duplicate(mine.getId())).isInstanceOf(AccessDeniedException.class);
        as(users, LEARNER);
        assertThatThrownBy(() -> opportunities.mine(null, false, "", PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    PublicIndex index;

    @Autowired
    BadgeService badgeService;

    @Test
    void published_badges_of_the_own_organisation_are_linked_and_shown_once_approved() {
        Opportunity o = submitted("Z značko");
        as(users, MODERATOR);
        Opportunity approved = moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        as(users, PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        var badge = badgeService.create(organisation, BadgeDesign.standard());
        long draftBadge = badge.getId();
        assertThatThrownBy(() -> opportunities.linkBadges(approved.getId(), Set.of(draftBadge)))
                .isInstanceOf(UserError.class)
                .hasMessage("opportunity.error.badge");
        badge = badgeService.save(
                badge.getId(),
                badge.getVersion(),
                new BadgeDraft(
                        BadgeDesign.standard(),
                        Map.of("sl", new BadgeTexts("Govornik", "", "", "Opis", "Merila", "")),
                        null,
                        List.of(),
                        List.of(),
                        null));
        badge = badgeService.publish(badge.getId(), badge.getVersion());
        assertThat(opportunities.linkableBadges(approved.getId()))
                .extracting(Badge::getId)
                .contains(badge.getId());
        Opportunity linked = opportunities.linkBadges(approved.getId(), Set.of(badge.getId()));
        assertThat(linked.getStatus()).as("a change to moderate").isEqualTo(Status.DRAFT);
        assertThat(publicSide.findPublic(o.getId()).orElseThrow().badges()).isEmpty();
        linked = opportunities.submit(linked.getId(), linked.getVersion());
        as(users, MODERATOR);
        moderation.decide(o.getId(), linked.getVersion(), Status.APPROVED, null);
        assertThat(publicSide.findPublic(o.getId()).orElseThrow().badges()).containsExactly(badge.getId());
        as(users, LEARNER);
        long badgeId = badge.getId();
        assertThatThrownBy(() -> opportunities.linkBadges(o.getId(), Set.of(badgeId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    static byte[] png(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void pictures_are_checked_resized_to_jpeg_and_public_once_the_revision_is_approved() throws Exception {
        Opportunity o = submitted("S sliko");
        as(users, PROVIDER);
        assertThatThrownBy(() -> opportunities.setImage(
                        o.getId(), png(3000, 2000), OpportunityServiceTestData.alt("sl", "Oranžna ploskev")))
                .isInstanceOf(UserError.class)
                .hasMessage("opportunity.error.not-editable");
        as(users, MODERATOR);
        Opportunity approved = moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
        as(users, PROVIDER);
        long id = approved.getId();
        assertThatThrownBy(() -> opportunities.setImage(
                        id, "<svg onload=alert(1)>".getBytes(), OpportunityServiceTestData.alt("sl", "x")))
                .isInstanceOf(UserError.class)
                .hasMessage("opportunity.error.image-type");
        assertThatThrownBy(() -> opportunities.setImage(id, png(100, 80), OpportunityServiceTestData.alt("sl", "x")))
                .isInstanceOf(UserError.class)
                .hasMessage("opportunity.error.image-dimensions");
        Opportunity revision =
                opportunities.setImage(id, png(3000, 2000), OpportunityServiceTestData.alt("sl", "Oranžna ploskev"));
        assertThat(revision.getStatus())
                .as("a new picture is a change to moderate")
                .isEqualTo(Status.DRAFT);
        assertThat(revision.getVersion()).isGreaterThan(approved.getVersion());
        byte[] stored = opportunities.image(id).orElseThrow();
        assertThat(stored[0] & 0xff).isEqualTo(0xFF);
        assertThat(stored[1] & 0xff).isEqualTo(0xD8);
        var read = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(read.getWidth()).isEqualTo(1600);
        assertThat(read.getHeight()).isEqualTo(1067);
        assertThat(opportunities.imageDescription(id))
                .hasValue(OpportunityServiceTestData.alt("sl", "Oranžna ploskev"));
        SecurityContextHolder.clearContext();
        assertThat(publicSide.publicImage(id))
                .as("not public before the revision is approved")
                .isEmpty();
        as(users, PROVIDER);
        revision = opportunities.submit(id, revision.getVersion());
        as(users, MODERATOR);
        moderation.decide(id, revision.getVersion(), Status.APPROVED, null);
        SecurityContextHolder.clearContext();
        assertThat(publicSide.publicImage(id))
                .hasValueSatisfying(jpeg -> assertThat(jpeg).isEqualTo(stored));
        // Replacing it again changes the working copy only; the approved picture stays public.
        as(users, PROVIDER);
        opportunities.setImage(id, png(800, 600), OpportunityServiceTestData.alt("sl", "Manjša ploskev"));
        SecurityContextHolder.clearContext();
        assertThat(publicSide.publicImage(id))
                .hasValueSatisfying(jpeg -> assertThat(jpeg).isEqualTo(stored));
        as(users, LEARNER);
        assertThatThrownBy(() -> opportunities.setImage(id, png(400, 300), OpportunityServiceTestData.alt("sl", "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_picture_is_described_per_language_and_without_a_description_by_its_title_in_the_city_s_first_language()
            throws Exception {
        as(users, PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = opportunities.create(org);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), complete("Slikanje murala"), 4);
        long id = o.getId();
        opportunities.setImage(id, png(800, 600), MultilingualText.EMPTY);
        assertThat(opportunities.imageDescription(id))
                .hasValue(OpportunityServiceTestData.alt("sl", "Slikanje murala"));
        opportunities.describeImage(
                id, MultilingualText.of(Map.of("sl", "Mladi slikajo", "en", "Young people painting")));
        assertThat(opportunities.imageDescription(id).orElseThrow().texts())
                .containsExactlyInAnyOrderEntriesOf(Map.of("sl", "Mladi slikajo", "en", "Young people painting"));
        assertThatThrownBy(() -> opportunities.describeImage(
                        id, OpportunityServiceTestData.alt("en", "x".repeat(OpportunityService.MAX_ALT + 1))))
                .isInstanceOf(UserError.class)
                .hasMessage("error.too-long");
        as(users, LEARNER);
        assertThatThrownBy(() -> opportunities.describeImage(id, OpportunityServiceTestData.alt("en", "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void descriptions_are_markdown_rendered_to_safe_html() {
        String html = Markdown.toSafeHtml(
                "# Hi\n**bold** <script>alert(1)</script> [x](javascript:alert(1)) [y](https://e.org)");
        assertThat(html)
                .contains("<strong>bold</strong>")
                .contains("<h3>Hi</h3>")
                .contains("href=\"https://e.org\"")
                .doesNotContain("<script")
                .doesNotContain("javascript:");
    }
}
