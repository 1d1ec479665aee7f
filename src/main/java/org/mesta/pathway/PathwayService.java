package org.mesta.pathway;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Badge;
import org.mesta.base.Languages;
import org.mesta.base.MestaUser;
import org.mesta.base.Problem;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.opportunity.ImageCheck;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayEvents.PathwayDecided;
import org.mesta.pathway.PathwayEvents.PathwaySubmitted;
import org.mesta.pathway.PathwayEvents.PathwayUsesTheirWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composing pathways (an organisation's providers, or a city's admins for city-wide ones) and moderating them (the
 * city's moderators): drafts, submission, decisions, the picture and the organiser's figures.
 */
@Service
public class PathwayService {

    static final int MAX_REASON = 1000;

    /** The longest description of a pathway's picture, in any language. */
    public static final int MAX_ALT = 300;

    private final PathwayRepository pathways;
    private final PathwayImageRepository images;
    private final EnrolmentRepository enrolments;
    private final PathwaySteps steps;
    private final CityService cities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PathwayService(
            PathwayRepository pathways,
            PathwayImageRepository images,
            EnrolmentRepository enrolments,
            PathwaySteps steps,
            CityService cities,
            ApplicationEventPublisher events,
            Clock clock) {
        this.pathways = pathways;
        this.images = images;
        this.enrolments = enrolments;
        this.steps = steps;
        this.cities = cities;
        this.events = events;
        this.clock = clock;
    }

    /** The pathways the caller organises: their organisations' and, for a city admin, the city-wide ones. */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<Pathway> mine() {
        MestaUser me = MestaUser.require();
        List<Long> orgs = me.organisationIds().stream().filter(me::editsFor).toList();
        long city = me.has(Role.CITY_ADMIN) && me.cityId() != null ? me.cityId() : -1;
        return pathways.forOrganisers(orgs.isEmpty() ? List.of(-1L) : orgs, city);
    }

    /** A new draft: for one of the caller's organisations, or (null) city-wide in the city the caller administers. */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN')")
    @Transactional
    public Pathway create(@Nullable Long organisationId) {
        MestaUser me = MestaUser.require();
        long city;
        if (organisationId == null) {
            if (!me.has(Role.CITY_ADMIN) || me.cityId() == null) throw new AccessDeniedException("not a city admin");
            city = me.cityId();
        } else {
            if (!me.editsFor(organisationId)) throw new AccessDeniedException("not an editor of " + organisationId);
            city = cities.findOrganisation(organisationId)
                    .orElseThrow(() -> new UserError("error.not-found"))
                    .getCity()
                    .getId();
        }
        return pathways.save(new Pathway(city, organisationId, me.accountId(), clock.instant()));
    }

    /** A pathway for its organisers and its city's moderators. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Pathway get(long id) {
        Pathway p = find(id);
        if (!mayEdit(p) && !moderates(p)) throw new AccessDeniedException("pathway " + id);
        return p;
    }

    /** Saves a draft; a stale version is refused (someone else saved meanwhile). */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN')")
    @Transactional
    public Pathway save(long id, long version, PathwayContent content) {
        Pathway p = editable(id, version);
        UserError.throwIfAny(PathwayRules.draft(content));
        p.edit(content, clock.instant());
        return pathways.saveAndFlush(p);
    }

    /** Sends the working copy to the city's moderators, once it meets every rule. */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN')")
    @Transactional
    public Pathway submit(long id, long version) {
        Pathway p = editable(id, version);
        PathwayContent c = p.content();
        UserError.throwIfAny(problems(p, c));
        p.submit(clock.instant());
        Pathway saved = pathways.saveAndFlush(p);
        events.publishEvent(new PathwaySubmitted(id, p.getCityId(), c.titleIn(language(p), language(p))));
        return saved;
    }

    /** The picture: any image type, checked (size, dimensions, real image) and re-encoded, like every upload. */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN')")
    @Transactional
    public void setImage(long id, byte[] upload) {
        Pathway p = find(id);
        if (!mayEdit(p)) throw new AccessDeniedException("pathway " + id);
        byte[] jpeg = ImageCheck.check(upload).jpeg();
        images.findByPathwayIdAndPublished(id, false)
                .ifPresentOrElse(i -> i.replace(jpeg), () -> images.save(new PathwayImage(id, false, jpeg)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<byte[]> workingImage(long id) {
        get(id);
        return images.findByPathwayIdAndPublished(id, false).map(PathwayImage::getData);
    }

    /** What a step or milestone may be chosen from: the city's published opportunities and badges. */
    public record Choice(
            PathwayContent.Kind kind,
            long id,
            String label,
            @Nullable Long organisationId) {}

    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN','MODERATOR')")
    @Transactional(readOnly = true)
    public List<Choice> choices(long pathwayId, String language) {
        return steps.choices(get(pathwayId).getCityId(), language);
    }

    /** Badges that may be the milestone: the organisation's published ones; for city-wide pathways the city's. */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN','MODERATOR')")
    @Transactional(readOnly = true)
    public List<Choice> milestoneChoices(long pathwayId, String language) {
        Pathway p = get(pathwayId);
        return steps.choices(p.getCityId(), language).stream()
                .filter(c -> c.kind() == PathwayContent.Kind.BADGE)
                .filter(c ->
                        p.getOrganisationId() == null || p.getOrganisationId().equals(c.organisationId()))
                .toList();
    }

    /** The organiser's figures: how many enrolled, how many have each step as their next, how many completed. */
    public record Figures(long enrolled, Map<Integer, Long> nextStep, long completed) {}

    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN','MODERATOR')")
    @Transactional(readOnly = true)
    public Figures figures(long id) {
        get(id);
        List<Enrolment> all = enrolments.findByPathwayId(id);
        Map<Integer, Long> next = new TreeMap<>();
        all.stream()
                .filter(e -> e.getCompletedAt() == null && e.getNextStep() != null)
                .forEach(e -> next.merge(e.getNextStep(), 1L, Long::sum));
        long completed = all.stream().filter(e -> e.getCompletedAt() != null).count();
        return new Figures(all.size(), next, completed);
    }

    // ---- moderation ----

    /** Submitted pathways of the moderator's own city, oldest first. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public List<Pathway> queue() {
        Long city = MestaUser.require().cityId();
        return city == null ? List.of() : pathways.queue(city, PathwayStatus.SUBMITTED);
    }

    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional(readOnly = true)
    public long queueCount() {
        Long city = MestaUser.require().cityId();
        return city == null ? 0 : pathways.countByCityIdAndStatus(city, PathwayStatus.SUBMITTED);
    }

    /** Approves (publishes), requests changes or rejects, with a reason unless approving. */
    @PreAuthorize("hasRole('MODERATOR')")
    @Transactional
    public Pathway decide(long id, long version, PathwayStatus decision, @Nullable String reason) {
        Pathway p = find(id);
        if (!moderates(p)) throw new AccessDeniedException("pathway of another city " + id);
        if (p.getVersion() != version || p.getStatus() != PathwayStatus.SUBMITTED) {
            throw new ObjectOptimisticLockingFailureException(Pathway.class, id);
        }
        if (decision == PathwayStatus.DRAFT || decision == PathwayStatus.SUBMITTED) {
            throw new IllegalArgumentException("not a decision: " + decision);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision != PathwayStatus.PUBLISHED && why == null) throw new UserError("moderation.error.reason-required");
        if (why != null && why.length() > MAX_REASON) throw new UserError("error.too-long");
        PathwayContent c = p.content();
        Instant now = clock.instant();
        p.decide(decision, why, now);
        Pathway saved = pathways.saveAndFlush(p);
        String title = c.titleIn(language(p), language(p));
        if (decision == PathwayStatus.PUBLISHED) {
            images.findByPathwayIdAndPublished(id, false)
                    .ifPresent(working -> images.findByPathwayIdAndPublished(id, true)
                            .ifPresentOrElse(
                                    pub -> pub.replace(working.getData()),
                                    () -> images.save(new PathwayImage(id, true, working.getData()))));
            Set<Long> organisations = new LinkedHashSet<>();
            for (PathwayStep s : c.steps()) {
                steps.show(s, language(p)).map(ShownStep::organisationId).ifPresent(organisations::add);
            }
            organisations.remove(p.getOrganisationId());
            organisations.removeIf(Objects::isNull);
            if (!organisations.isEmpty()) {
                events.publishEvent(new PathwayUsesTheirWork(id, title, new ArrayList<>(organisations)));
            }
        }
        events.publishEvent(new PathwayDecided(id, p.getOrganisationId(), p.getCreatedBy(), title, decision, why));
        return saved;
    }

    // ---- helpers ----

    private List<Problem> problems(Pathway p, PathwayContent c) {
        City city = cities.findCity(p.getCityId()).orElseThrow();
        Languages languages = Languages.of(city.getDefaultLanguage(), city.getOfferedLanguages());
        @Nullable Badge milestone = c.milestoneBadgeId() == null
                ? null
                : steps.publishedBadge(c.milestoneBadgeId()).orElse(null);
        boolean hasImage = images.findByPathwayIdAndPublished(p.getId(), false).isPresent();
        return PathwayRules.submission(
                c,
                languages,
                p.getCityId(),
                p.getOrganisationId(),
                s -> steps.show(s, languages.first())
                        .map(shown -> shown.cityId() == p.getCityId())
                        .orElse(false),
                milestone,
                hasImage);
    }

    private Pathway editable(long id, long version) {
        Pathway p = find(id);
        if (!mayEdit(p)) throw new AccessDeniedException("pathway " + id);
        if (p.getVersion() != version) throw new ObjectOptimisticLockingFailureException(Pathway.class, id);
        if (!p.getStatus().editable()) throw new UserError("pathway.error.not-editable");
        return p;
    }

    Pathway find(long id) {
        return pathways.findById(id).orElseThrow(() -> new UserError("error.not-found"));
    }

    String language(Pathway p) {
        return cities.findCity(p.getCityId()).map(City::getDefaultLanguage).orElse("en");
    }

    /** Its organisation's editors; for a city-wide pathway, its city's admins. */
    static boolean mayEdit(Pathway p) {
        MestaUser me = MestaUser.current().orElse(null);
        if (me == null) return false;
        return p.getOrganisationId() == null
                ? me.has(Role.CITY_ADMIN) && p.getCityId().equals(me.cityId())
                : me.editsFor(p.getOrganisationId());
    }

    static boolean moderates(Pathway p) {
        MestaUser me = MestaUser.current().orElse(null);
        return me != null && me.has(Role.MODERATOR) && p.getCityId().equals(me.cityId());
    }
}
