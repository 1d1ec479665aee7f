package org.mesta.opportunity;

import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.opportunity.OpportunityEvents.OpportunityDecided;
import org.mesta.opportunity.OpportunityEvents.OpportunitySubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Opportunities from first draft to the public map: providers edit (autosaved) and submit, moderators of the
 * city decide, approved versions are published as a read model the public pages and endpoints query.
 */
@Service
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final PublishedOpportunityRepository published;
    private final ModerationDecisionRepository decisions;
    private final OpportunityImageRepository images;
    private final PublishedImageRepository publishedImages;
    private final CityService cities;
    private final ApplicationEventPublisher events;
    private final PublicIndex index;
    private final BadgeService badges;
    private final Workload workload;
    private final JsonMapper json;
    private final Clock clock;

    OpportunityService(OpportunityRepository opportunities, PublishedOpportunityRepository published,
                       ModerationDecisionRepository decisions, OpportunityImageRepository images,
                       PublishedImageRepository publishedImages,
                       CityService cities, PublicIndex index, BadgeService badges, ApplicationEventPublisher events,
                       Workload workload, Clock clock) {
        this.workload = workload;
        this.index = index;
        this.badges = badges;
        this.images = images;
        this.publishedImages = publishedImages;
        this.opportunities = opportunities;
        this.published = published;
        this.decisions = decisions;
        this.cities = cities;
        this.events = events;
        this.json = JsonMapper.builder().build();
        this.clock = clock;
    }

    // ---- providers ----

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Opportunity> mine(Status status, boolean archived, String filter, Pageable pageable) {
        Set<Long> orgs = MestaUser.require().organisationIds();
        if (orgs.isEmpty()) {
            return List.of();
        }
        String q = "%" + (filter == null ? "" : filter.trim().toLowerCase()) + "%";
        return opportunities.forOrganisations(orgs, status, archived, q, pageable).getContent();
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity create(long organisationId) {
        requireEditor(organisationId);
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        return opportunities.save(new Opportunity(organisationId, org.getCity().getId(), MestaUser.require().accountId(),
                clock.instant()));
    }

    /** Autosave: stores the draft as entered and the step reached; stale versions are refused, not merged. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity saveDraft(long id, long version, OpportunityDraft draft, int step) {
        Opportunity o = ownedForEdit(id, version);
        if (!o.getStatus().editable()) {
            throw new UserError("opportunity.error.not-editable");
        }
        var unstorable = OpportunityRules.unstorable(draft);
        if (!unstorable.isEmpty()) {
            throw new UserError(unstorable.getFirst().key());
        }
        o.edit(draft, step, zone(o), clock.instant());
        return opportunities.saveAndFlush(o);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity submit(long id, long version) {
        Opportunity o = ownedForEdit(id, version);
        City city = city(o);
        if (!OpportunityRules.checkAll(o.toDraft(zone(o)), city.getDefaultLanguage()).isEmpty()) {
            throw new UserError("opportunity.error.incomplete");
        }
        if (o.getStatus() != Status.DRAFT && o.getStatus() != Status.CHANGES_REQUESTED) {
            throw new UserError("opportunity.error.not-submittable");
        }
        o.submit(clock.instant());
        events.publishEvent(new OpportunitySubmitted(o.getId(), o.getCityId(), o.getOrganisationId(),
                o.title(city(o).getDefaultLanguage())));
        return opportunities.saveAndFlush(o);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity duplicate(long id) {
        Opportunity original = owned(id);
        Opportunity copy = new Opportunity(original.getOrganisationId(), original.getCityId(),
                MestaUser.require().accountId(), clock.instant());
        copy.edit(original.toDraft(zone(original)), 0, zone(original), clock.instant());
        return opportunities.save(copy);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public void archive(long id, boolean archived) {
        Opportunity o = owned(id);
        o.archive(archived, clock.instant());
        if (archived) {
            publishedImages.findById(id).ifPresent(publishedImages::delete);
            published.findById(id).ifPresent(row -> {
                published.delete(row);
                index.changed(o.getCityId());
            });
        }
    }

    /**
     * Checks, resizes and stores the picture (see ImageCheck); a description for screen readers is required.
     * Like any change, a new picture on a published opportunity waits for moderation; the opportunity (with
     * its new version) is returned.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity setImage(long id, byte[] upload, String altText) {
        Opportunity o = editableOwned(id);
        ImageCheck.Checked checked = ImageCheck.check(upload);
        OpportunityImage image = images.findById(id).orElseGet(() -> new OpportunityImage(id));
        image.replace(checked, altText == null || altText.isBlank() ? o.title("en") : altText.trim(), clock.instant());
        images.save(image);
        return revised(o);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity describeImage(long id, String altText) {
        Opportunity o = editableOwned(id);
        images.findById(id).ifPresent(i -> i.describe(altText == null ? "" : altText.trim(), clock.instant()));
        return revised(o);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Opportunity removeImage(long id) {
        Opportunity o = editableOwned(id);
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
        Opportunity o = editableOwned(id);
        for (long badgeId : badgeIds) {
            Badge b = badges.get(badgeId);
            if (!b.getOrganisationId().equals(o.getOrganisationId()) || b.getStatus() != BadgeStatus.PUBLISHED) {
                throw new UserError("opportunity.error.badge");
            }
        }
        o.linkBadges(badgeIds, clock.instant());
        return opportunities.saveAndFlush(o);
    }

    /** The badges a provider may link to this opportunity: its organisation's published ones. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Badge> linkableBadges(long id) {
        Opportunity o = owned(id);
        return badges.mine(BadgeStatus.PUBLISHED, "", PageRequest.of(0, 500)).stream()
                .filter(b -> b.getOrganisationId().equals(o.getOrganisationId())).toList();
    }

    private Opportunity editableOwned(long id) {
        Opportunity o = owned(id);
        if (!o.getStatus().editable()) {
            throw new UserError("opportunity.error.not-editable");
        }
        return o;
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

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> imageDescription(long id) {
        get(id);
        return images.findById(id).map(OpportunityImage::getAltText);
    }

    /** The picture of a published opportunity, for everyone. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> publicImage(long id) {
        return publishedImages.findById(id).map(PublishedImage::getData);
    }

    /** The opportunity for its providers, and for the moderators of its city. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Opportunity get(long id) {
        Opportunity o = opportunities.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        MestaUser user = MestaUser.require();
        boolean provider = user.has(Role.PROVIDER) && o.getOrganisationId() != null
                && user.organisationIds().contains(o.getOrganisationId());
        boolean moderator = user.has(Role.MODERATOR) && o.getCityId().equals(user.cityId());
        if (!provider && !moderator) {
            throw new AccessDeniedException("not your opportunity " + id);
        }
        return o;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public OpportunityDraft draft(long id) {
        Opportunity o = get(id);
        return o.toDraft(zone(o));
    }

    /** What the public would see if this working copy were approved now. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PublicOpportunity preview(long id) {
        Opportunity o = get(id);
        return toPublic(o, clock.instant(), 0);
    }

    /** The currently published version (for moderators: to compare a revision with). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PublicOpportunity> publishedVersion(long id) {
        get(id);
        return published.findById(id).map(this::read);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ModerationDecision> decisions(long id) {
        get(id);
        return decisions.findByOpportunityIdOrderByDecidedAtDesc(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public City cityOf(long id) {
        return city(get(id));
    }

    // ---- young ambassadors ----

    /**
     * A campaign action as a public event of the ambassador's city: checked like an opportunity and submitted
     * straight to the city's moderators. It has no organisation; the organiser's name is shown instead.
     */
    @PreAuthorize("hasRole('AMBASSADOR')")
    @Transactional
    public long submitCampaignEvent(String organiser, OpportunityDraft draft) {
        MestaUser me = MestaUser.require();
        City city = cities.findCity(me.cityId()).orElseThrow(() -> new AccessDeniedException("no city"));
        var problems = OpportunityRules.checkAll(draft, draft.texts().containsKey(city.getDefaultLanguage())
                ? city.getDefaultLanguage() : draft.texts().keySet().stream().findFirst().orElse(city.getDefaultLanguage()));
        if (!problems.isEmpty()) {
            throw new UserError(problems.getFirst().key());
        }
        Instant now = clock.instant();
        Opportunity o = new Opportunity(null, city.getId(), me.accountId(), now);
        o.organisedBy(organiser);
        o.edit(draft, OpportunityRules.LAST_STEP, ZoneId.of(city.getTimeZone()), now);
        o.submit(now);
        o = opportunities.saveAndFlush(o);
        events.publishEvent(new OpportunitySubmitted(o.getId(), o.getCityId(), null, o.title(city.getDefaultLanguage())));
        return o.getId();
    }

    /** Where a campaign's public event stands in moderation, as a status translation key. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<String> campaignEventStatus(long id) {
        Long city = MestaUser.require().cityId();
        return opportunities.findById(id).filter(o -> o.getOrganisationId() == null && o.getCityId().equals(city))
                .map(o -> o.getStatus().translationKey());
    }

    // ---- moderators ----

    /** Submitted opportunities of the moderator's own city, oldest first. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public List<Opportunity> queue(OpportunityType type, Pageable pageable) {
        Long city = MestaUser.require().cityId();
        if (city == null) {
            return List.of();
        }
        return opportunities.queue(city, Status.SUBMITTED, type, pageable).getContent();
    }

    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional
    public Opportunity decide(long id, long version, Status decision, String reason) {
        MestaUser moderator = MestaUser.require();
        Opportunity o = opportunities.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (!o.getCityId().equals(moderator.cityId())) {
            throw new AccessDeniedException("opportunity of another city");
        }
        if (o.getVersion() != version || o.getStatus() != Status.SUBMITTED) {
            // Another moderator decided first (or the provider withdrew it): say so, change nothing.
            throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
        }
        if (decision != Status.APPROVED && (reason == null || reason.isBlank())) {
            throw new UserError("moderation.error.reason-required");
        }
        if (reason != null && reason.strip().length() > OpportunityRules.MAX_REASON) {
            throw new UserError("error.too-long");
        }
        Instant now = clock.instant();
        o.decide(decision, reason == null || reason.isBlank() ? null : reason.trim(), now);
        opportunities.saveAndFlush(o);
        decisions.save(new ModerationDecision(id, moderator.accountId(), moderator.displayName(), decision,
                o.getDecisionReason(), now));
        if (decision == Status.APPROVED) {
            publish(o, now);
        }
        events.publishEvent(new OpportunityDecided(id, o.getOrganisationId(), o.title(city(o).getDefaultLanguage()),
                decision, o.getDecisionReason()));
        return o;
    }

    private void publish(Opportunity o, Instant now) {
        int revision = published.findById(o.getId()).map(p -> p.getRevision() + 1).orElse(1);
        PublicOpportunity p = toPublic(o, now, revision);
        String content = json.writeValueAsString(p);
        published.findById(o.getId()).ifPresentOrElse(row -> row.update(p, content),
                () -> published.save(new PublishedOpportunity(p, content)));
        images.findById(o.getId()).ifPresentOrElse(
                image -> {
                    PublishedImage copy = publishedImages.findById(o.getId()).orElseGet(() -> new PublishedImage(o.getId()));
                    copy.copy(image);
                    publishedImages.save(copy);
                },
                () -> publishedImages.findById(o.getId()).ifPresent(publishedImages::delete));
        index.changed(o.getCityId());
    }

    // ---- imported programmes ----

    /** One opportunity of an imported programme: what a provider would enter, its picture and its badges. */
    public record Imported(long organisationId, OpportunityDraft draft, byte[] picture, String pictureDescription,
                           Set<Long> badgeIds) {
    }

    /**
     * A programme imported in bulk (the demo network): every opportunity is checked as a submission is and goes
     * the same way (draft, submitted, approved, published), all in one transaction so hundreds take a moment.
     * Nobody is told: an imported programme is no news for moderators or organisations, and hundreds of notices
     * and mails would bury the real ones. Pictures pass the same ImageCheck (the same bytes once).
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public List<Long> importApproved(List<Imported> programme) {
        Instant now = clock.instant();
        long by = MestaUser.require().accountId();
        java.util.Map<byte[], ImageCheck.Checked> checked = new java.util.IdentityHashMap<>();
        java.util.Map<Long, Organisation> orgs = new java.util.HashMap<>();
        List<Long> ids = new java.util.ArrayList<>(programme.size());
        for (Imported item : programme) {
            Organisation org = orgs.computeIfAbsent(item.organisationId(),
                    id -> cities.findOrganisation(id).orElseThrow(() -> new UserError("error.not-found")));
            City city = org.getCity();
            var problems = OpportunityRules.checkAll(item.draft(), city.getDefaultLanguage());
            if (!problems.isEmpty()) {
                throw new UserError(problems.getFirst().key());
            }
            for (long badgeId : item.badgeIds()) {
                Badge b = badges.get(badgeId);
                if (!b.getOrganisationId().equals(org.getId()) || b.getStatus() != BadgeStatus.PUBLISHED) {
                    throw new UserError("opportunity.error.badge");
                }
            }
            Opportunity o = new Opportunity(org.getId(), city.getId(), by, now);
            o.edit(item.draft(), OpportunityRules.LAST_STEP, ZoneId.of(city.getTimeZone()), now);
            o.linkBadges(item.badgeIds(), now);
            o.submit(now);
            o.decide(Status.APPROVED, null, now);
            o = opportunities.save(o);
            if (item.picture() != null) {
                OpportunityImage image = new OpportunityImage(o.getId());
                image.replace(checked.computeIfAbsent(item.picture(), ImageCheck::check), item.pictureDescription(), now);
                images.save(image);
            }
            publish(o, now);
            ids.add(o.getId());
        }
        return ids;
    }

    // ---- the workspaces (counts and a few rows; the reading is in Workload) ----

    /** A published opportunity's next start, with its title in the reader's language. */
    public record Dated(long opportunityId, String title, Instant at) {
    }

    /** One moderation decision of the city, newest first on the moderator's workspace. */
    public record Decided(long opportunityId, String title, Status decision, String moderator, Instant at) {
    }

    public record CityCounts(long published, long waiting) {
        public static final CityCounts NONE = new CityCounts(0, 0);
    }

    public record ProviderWork(Map<Status, Long> counts, List<Dated> upcoming) {
    }

    public record ModeratorWork(long waiting, List<Opportunity> oldest, List<Decided> decisions) {
    }

    /** The provider's opportunities by status (not archived) and the next starts of their published ones. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public ProviderWork providerWork(String language, int limit) {
        Set<Long> orgs = MestaUser.require().organisationIds();
        return new ProviderWork(workload.countsByStatus(orgs), workload.upcoming(orgs, clock.instant(), language, limit));
    }

    /** The moderator's city: how many wait, the oldest few, and the latest decisions. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public ModeratorWork moderatorWork(String language, int limit) {
        Long city = MestaUser.require().cityId();
        if (city == null) {
            return new ModeratorWork(0, List.of(), List.of());
        }
        return new ModeratorWork(workload.waiting(city), queue(null, PageRequest.of(0, limit)),
                workload.recentDecisions(city, language, limit));
    }

    /** Published and waiting opportunities per city: every city for network admins, their own for city admins. */
    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, CityCounts> cityCounts() {
        MestaUser me = MestaUser.require();
        Map<Long, CityCounts> all = workload.perCity();
        if (me.has(Role.NETWORK_ADMIN)) {
            return all;
        }
        return me.cityId() == null ? Map.of() : Map.of(me.cityId(), all.getOrDefault(me.cityId(), CityCounts.NONE));
    }

    // ---- the public ----

    /*
     * The public map's questions are answered from the in-memory PublicIndex: no transaction, no connection
     * (the index reads the database itself when a city's set has changed).
     */

    /** The public search for maps, lists and GeoJSON: matches in the box, soonest first, at most the limit. */
    @PreAuthorize("permitAll()")
    public List<Card> cards(PublicQuery q) {
        return index.cards(q, clock.instant());
    }

    /**
     * The public search for crowded viewports: when more than the limit match, nearby matches are grouped in
     * square cells of the given size in degrees, aligned to its multiples (count and centre per cell), so the
     * answer stays small; otherwise empty, and the caller asks for cards.
     */
    @PreAuthorize("permitAll()")
    public List<Cluster> clustersIfMoreThan(PublicQuery q, double cell) {
        return index.clustersIfMoreThan(q, clock.instant(), cell);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicOpportunity> findPublic(long id) {
        return published.findById(id).map(this::read);
    }

    @PreAuthorize("permitAll()")
    public PublicVersion publicVersion(Long cityId) {
        PublicIndex.Version v = index.version(cityId, clock.instant());
        return new PublicVersion(v.tag(), v.lastModified());
    }

    /** Changes whenever the public answers for a city (or, for null, the network) may change. */
    public record PublicVersion(String tag, Instant lastModified) {
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicOpportunity> currentForCity(long cityId) {
        return published.current(cityId, clock.instant(), PageRequest.of(0, PublicQuery.MAX_LIMIT)).stream()
                .map(this::read).toList();
    }

    /** How many opportunities have a public page (the sitemap's size). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long publishedCount() {
        return published.count();
    }

    /** One page of every published opportunity's id and publication time, in id order (the sitemap). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedLink> publishedLinks(int page, int size) {
        return published.links(PageRequest.of(page, size)).stream()
                .map(r -> new PublishedLink((Long) r[0], (Instant) r[1])).toList();
    }

    /** A public opportunity page's address part and when its current version was published. */
    public record PublishedLink(long id, Instant publishedAt) {
    }

    /** The most the front page asks for: the answer is read from the JSON snapshots, one row each. */
    public static final int MAX_UPCOMING = 12;

    private record Upcoming(String tag, int limit, long readAt, List<PublicOpportunity> found) {
    }

    private volatile Upcoming upcoming = new Upcoming("", 0, 0, List.of());

    /**
     * What is on now and next across the network, soonest first (running ones before those still to come), for
     * the front page. Network-wide sorting is the costly part, so the answer is kept until the published set
     * changes or a minute has passed (things end as time goes by).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicOpportunity> upcomingInNetwork(int limit) {
        int wanted = Math.max(1, Math.min(limit, MAX_UPCOMING));
        Instant now = clock.instant();
        String tag = index.version(null, now).tag();
        Upcoming kept = upcoming;
        if (kept.tag().equals(tag) && kept.limit() == wanted && now.toEpochMilli() - kept.readAt() < 60_000) {
            return kept.found();
        }
        PublicQuery q = new PublicQuery(null, null, null, null, null, null, false, null, null, null, wanted);
        List<Long> ids = index.cards(q, now).stream().map(Card::id).toList();
        var rows = new HashMap<Long, PublicOpportunity>();
        published.findAllById(ids).forEach(row -> rows.put(row.getOpportunityId(), read(row)));
        List<PublicOpportunity> found = ids.stream().map(rows::get).filter(Objects::nonNull).toList();
        upcoming = new Upcoming(tag, wanted, now.toEpochMilli(), found);
        return found;
    }

    // ---- helpers ----

    private PublicOpportunity read(PublishedOpportunity row) {
        return json.readValue(row.getContent(), PublicOpportunity.class);
    }

    private PublicOpportunity toPublic(Opportunity o, Instant now, int revision) {
        OpportunityDraft d = o.toDraft(ZoneId.of("UTC"));
        String organiser = o.getOrganisationId() == null ? o.getOrganiser()
                : cities.findOrganisation(o.getOrganisationId()).orElseThrow().getName();
        return new PublicOpportunity(o.getId(), o.getCityId(), o.getOrganisationId(), organiser, revision, now, d.texts(),
                d.type(), d.themes(), d.format(), toInstant(d.startsAt()), toInstant(d.endsAt()), d.ongoing(),
                d.format() != null && d.format().hasPlace() ? d.location() : null,
                d.venue(), d.address(), d.onlineUrl(), d.ageMin(), d.ageMax(), d.capacity(), d.free(), d.price(),
                d.languages(), d.access(), d.accessibilityNotes(), d.joinUrl(), d.joinEmail(), d.joinPhone(),
                images.findById(o.getId()).map(OpportunityImage::getAltText).orElse(null),
                d.sessions().stream().map(x -> new PublicOpportunity.Meeting(toInstant(x.startsAt()),
                        toInstant(x.endsAt()))).toList(), o.getBadgeIds().stream().sorted().toList());
    }

    private static Instant toInstant(java.time.LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(java.time.ZoneOffset.UTC);
    }

    private Opportunity owned(long id) {
        Opportunity o = opportunities.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (o.getOrganisationId() == null) {
            throw new AccessDeniedException("a campaign event " + id);
        }
        requireEditor(o.getOrganisationId());
        return o;
    }

    private Opportunity ownedForEdit(long id, long version) {
        Opportunity o = owned(id);
        if (o.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Opportunity.class, id);
        }
        return o;
    }

    /** Writing an organisation's opportunities is for its editors and admins; issuers only read them. */
    private static void requireEditor(long organisationId) {
        if (!MestaUser.require().editsFor(organisationId)) {
            throw new AccessDeniedException("not an editor of organisation " + organisationId);
        }
    }

    private City city(Opportunity o) {
        return cities.findCity(o.getCityId()).orElseThrow();
    }

    private ZoneId zone(Opportunity o) {
        return ZoneId.of(city(o).getTimeZone());
    }
}
