package org.mesta.opportunity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.base.MestaUser;
import org.mesta.base.MultilingualText;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.opportunity.OpportunityEvents.OpportunitySubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers writing their organisation's opportunities: drafts (autosaved), submitting, copies, archiving,
 * pictures and linked badges. Moderation is in ModerationService, the public side in PublicOpportunities.
 */
@Service
public class OpportunityService {

    /** The longest description of a picture, in any language. */
    public static final int MAX_ALT = 300;

    private final OpportunityRepository opportunities;
    private final OpportunityImageRepository images;
    private final WorkingCopies working;
    private final Publication publication;
    private final CityService cities;
    private final ApplicationEventPublisher events;
    private final BadgeService badges;
    private final Clock clock;

    OpportunityService(
            OpportunityRepository opportunities,
            OpportunityImageRepository images,
            WorkingCopies working,
            Publication publication,
            CityService cities,
            BadgeService badges,
            ApplicationEventPublisher events,
            Clock clock) {
        this.opportunities = opportunities;
        this.images = images;
        this.working = working;
        this.publication = publication;
        this.cities = cities;
        this.badges = badges;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Opportunity> mine(Status status, boolean archived, String filter, Pageable pageable) {
        Set<Long> orgs = MestaUser.require().organisationIds();
        if (orgs.isEmpty()) {
            return List.of();
        }
        String q = "%" + (filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT)) + "%";
        return opportunities
                .forOrganisations(orgs, status, archived, q, pageable)
                .getContent();
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity create(long organisationId) {
        WorkingCopies.requireEditor(organisationId);
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        return opportunities.save(new Opportunity(
                organisationId, org.getCity().getId(), MestaUser.require().accountId(), clock.instant()));
    }

    /** Autosave: stores the draft as entered and the step reached; stale versions are refused, not merged. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity saveDraft(long id, long version, OpportunityDraft draft, int step) {
        Opportunity o = working.ownedForEdit(id, version);
        if (!o.getStatus().editable()) {
            throw new UserError("opportunity.error.not-editable");
        }
        var unstorable = OpportunityRules.unstorable(draft);
        if (!unstorable.isEmpty()) {
            throw new UserError(unstorable.getFirst().key());
        }
        o.edit(draft, step, working.zone(o), clock.instant());
        return opportunities.saveAndFlush(o);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity submit(long id, long version) {
        Opportunity o = working.ownedForEdit(id, version);
        City city = working.city(o);
        if (!OpportunityRules.checkAll(o.toDraft(working.zone(o)), city.getDefaultLanguage())
                .isEmpty()) {
            throw new UserError("opportunity.error.incomplete");
        }
        if (o.getStatus() != Status.DRAFT && o.getStatus() != Status.CHANGES_REQUESTED) {
            throw new UserError("opportunity.error.not-submittable");
        }
        o.submit(clock.instant());
        events.publishEvent(new OpportunitySubmitted(
                o.getId(),
                o.getCityId(),
                o.getOrganisationId(),
                o.title(working.city(o).getDefaultLanguage())));
        return opportunities.saveAndFlush(o);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity duplicate(long id) {
        Opportunity original = working.owned(id);
        Opportunity copy = new Opportunity(
                original.getOrganisationId(),
                original.getCityId(),
                MestaUser.require().accountId(),
                clock.instant());
        copy.edit(original.toDraft(working.zone(original)), 0, working.zone(original), clock.instant());
        return opportunities.save(copy);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public void archive(long id, boolean archived) {
        Opportunity o = working.owned(id);
        o.archive(archived, clock.instant());
        if (archived) {
            publication.unpublish(o);
        }
    }

    /**
     * Checks, resizes and stores the picture (see ImageCheck) with its description for screen readers in each
     * language written (without any, the title in the city's first language describes it). Like any change, a new
     * picture on a published opportunity waits for moderation; the opportunity (with its new version) is returned.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity setImage(long id, byte[] upload, MultilingualText altTexts) {
        Opportunity o = working.editableOwned(id);
        ImageCheck.Checked checked = ImageCheck.check(upload);
        OpportunityImage image = images.findById(id).orElseGet(() -> new OpportunityImage(id));
        image.replace(checked, described(o, altTexts), clock.instant());
        images.save(image);
        return revised(o);
    }

    /** A new description of the picture, per language (see {@link #setImage}). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity describeImage(long id, MultilingualText altTexts) {
        Opportunity o = working.editableOwned(id);
        MultilingualText described = described(o, altTexts);
        images.findById(id).ifPresent(i -> i.describe(described, clock.instant()));
        return revised(o);
    }

    /** A picture always has a description: the one written, else the title in the city's first language. */
    private MultilingualText described(Opportunity o, MultilingualText altTexts) {
        altTexts.texts().values().forEach(alt -> {
            if (alt.length() > MAX_ALT) throw new UserError("error.too-long");
        });
        if (!altTexts.isEmpty()) return altTexts;
        String first =
                cities.findCity(o.getCityId()).map(City::getDefaultLanguage).orElse("en");
        return MultilingualText.of(Map.of(first, o.title(first)));
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity removeImage(long id) {
        Opportunity o = working.editableOwned(id);
        images.findById(id).ifPresent(images::delete);
        return revised(o);
    }

    /**
     * Links the badges taking part leads to: published badges of the opportunity's own organisation. Like
     * any change, on a published opportunity it waits for moderation.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity linkBadges(long id, Set<Long> badgeIds) {
        Opportunity o = working.editableOwned(id);
        for (long badgeId : badgeIds) {
            requireLinkable(badges.get(badgeId), o.getOrganisationId());
        }
        o.linkBadges(badgeIds, clock.instant());
        return opportunities.saveAndFlush(o);
    }

    /** The badges a provider may link to this opportunity: its organisation's published ones. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Badge> linkableBadges(long id) {
        Opportunity o = working.owned(id);
        return badges.mine(BadgeStatus.PUBLISHED, "", PageRequest.of(0, 500)).stream()
                .filter(b -> b.getOrganisationId().equals(o.getOrganisationId()))
                .toList();
    }

    private Opportunity revised(Opportunity o) {
        o.revise(clock.instant());
        return opportunities.saveAndFlush(o);
    }

    /** The working copy's picture, for its providers and moderators. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> image(long id) {
        get(id);
        return images.findById(id).map(OpportunityImage::getData);
    }

    /** The working copy's picture's description per language. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MultilingualText> imageDescription(long id) {
        get(id);
        return images.findById(id).map(OpportunityImage::getAltTexts);
    }

    /** The opportunity for its providers, and for the moderators of its city. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Opportunity get(long id) {
        return working.readable(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OpportunityDraft draft(long id) {
        Opportunity o = get(id);
        return o.toDraft(working.zone(o));
    }

    /** What the public would see if this working copy were approved now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PublicOpportunity preview(long id) {
        Opportunity o = get(id);
        return publication.toPublic(o, clock.instant(), 0);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public City cityOf(long id) {
        return working.city(get(id));
    }

    /** Only the organisation's own published badges can be earned by taking part. */
    static void requireLinkable(Badge b, long organisationId) {
        if (!b.getOrganisationId().equals(organisationId) || b.getStatus() != BadgeStatus.PUBLISHED) {
            throw new UserError("opportunity.error.badge");
        }
    }
}
