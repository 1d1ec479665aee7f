package org.mesta.badge;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Badge classes: providers design them (a model rendered to SVG and PNG), publish them and archive them;
 * everyone may see a published badge and its image. Renders are cached per language and size.
 */
@Service
public class BadgeService {

    private final BadgeRepository badges;
    private final BadgeRenderRepository renders;
    private final CityService cities;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    BadgeService(BadgeRepository badges, BadgeRenderRepository renders, CityService cities, Clock clock) {
        this.badges = badges;
        this.renders = renders;
        this.cities = cities;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Badge> mine(BadgeStatus status, String filter, Pageable pageable) {
        Set<Long> orgs = MestaUser.require().organisationIds();
        if (orgs.isEmpty()) {
            return List.of();
        }
        String q = "%" + (filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)) + "%";
        return badges.forOrganisations(orgs, status, q, pageable);
    }

    /** The published badges of the organisations of the caller's city (e.g. to choose the campaign badge). */
    @PreAuthorize("hasAnyRole('CITY_ADMIN','AMBASSADOR')")
    @Transactional(readOnly = true)
    public List<Badge> publishedInMyCity() {
        Long city = MestaUser.require().cityId();
        return city == null ? List.of() : badges.findByCityIdAndStatus(city, BadgeStatus.PUBLISHED);
    }

    /** The published badges of a city's organisations: public facts (e.g. to choose a pathway's steps). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Badge> publishedIn(long cityId) {
        return badges.findByCityIdAndStatus(cityId, BadgeStatus.PUBLISHED);
    }

    /** A published badge as the front page shows it: its words in the reader's language and whose it is. */
    public record Featured(long id, long version, String name, String alt, String organisation, long cityId) {}

    /** The most recently published badges across the network (at most 12), for visitors to see what can be earned. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Featured> featured(int limit, String language) {
        int wanted = Math.max(1, Math.min(limit, 12));
        return badges.findByStatusOrderByUpdatedAtDesc(BadgeStatus.PUBLISHED, PageRequest.of(0, wanted)).stream()
                .map(b -> {
                    BadgeTexts t = b.texts(language);
                    String organisation = cities.findOrganisation(b.getOrganisationId())
                            .map(Organisation::getName)
                            .orElse("");
                    return new Featured(
                            b.getId(), b.getVersion(), t.name(), t.words().alt(), organisation, b.getCityId());
                })
                .toList();
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Badge create(long organisationId, BadgeDesign design) {
        MestaUser user = MestaUser.require();
        if (!user.editsFor(organisationId)) {
            throw new AccessDeniedException("not an editor of organisation " + organisationId);
        }
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        return badges.save(new Badge(
                organisationId,
                org.getCity().getId(),
                user.accountId(),
                json.writeValueAsString(design == null ? BadgeDesign.standard() : design),
                clock.instant()));
    }

    /**
     * A badge for its organisation's providers; once published, for everyone (archived ones too: the badges
     * already awarded must still show and verify).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Badge get(long id) {
        Badge b = badges.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (b.getStatus() == BadgeStatus.DRAFT && !member(b)) {
            throw new AccessDeniedException("badge " + id + " is not public");
        }
        return b;
    }

    /** Several badges at once (a wallet of many awards reads them in one go); drafts are left out, as by {@link #get}. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Badge> awarded(Collection<Long> ids) {
        if (ids.isEmpty()) return List.of();
        return badges.findAllById(ids).stream()
                .filter(b -> b.getStatus() != BadgeStatus.DRAFT || member(b))
                .toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public BadgeDraft draft(long id) {
        Badge b = get(id);
        return new BadgeDraft(
                design(b), b.texts(), b.getCriteriaUrl(), b.getTags(), b.alignments(), b.getExpiryMonths());
    }

    /** Saves what the provider entered; a stale version is refused (someone else saved meanwhile). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Badge save(long id, long version, BadgeDraft draft) {
        Badge b = owned(id);
        if (b.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Badge.class, id);
        }
        if (b.getStatus() == BadgeStatus.ARCHIVED) {
            throw new UserError("badge.error.archived");
        }
        UserError.throwIfAny(draft.problems());
        b.edit(
                json.writeValueAsString(draft.design()),
                draft.texts(),
                draft.criteriaUrl(),
                draft.tags(),
                draft.alignments(),
                draft.expiryMonths(),
                clock.instant());
        return badges.saveAndFlush(b);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Badge publish(long id, long version) {
        Badge b = owned(id);
        if (b.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Badge.class, id);
        }
        String language =
                cities.findCity(b.getCityId()).map(c -> c.getDefaultLanguage()).orElse("en");
        UserError.throwIfAny(new BadgeDraft(
                        design(b), b.texts(), b.getCriteriaUrl(), b.getTags(), b.alignments(), b.getExpiryMonths())
                .publishProblems(language));
        b.setStatus(BadgeStatus.PUBLISHED, clock.instant());
        return badges.saveAndFlush(b);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Badge archive(long id) {
        Badge b = owned(id);
        b.setStatus(BadgeStatus.ARCHIVED, clock.instant());
        return badges.saveAndFlush(b);
    }

    /** The designer's live preview: the SVG of a design with the given words, nothing stored. */
    @PreAuthorize("hasRole('PROVIDER')")
    public String preview(BadgeDesign design, BadgeTexts words) {
        return BadgeSvg.render(design, words.words());
    }

    /** The same, with the badge's stored picture. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public String preview(long id, BadgeDesign design, BadgeTexts words) {
        return BadgeSvg.render(design, words.words(), owned(id).imageDataUri());
    }

    /** Checks and stores an uploaded picture (PNG, JPEG or SVG; see BadgeImageCheck). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Badge setImage(long id, byte[] upload) {
        Badge b = owned(id);
        if (b.getStatus() == BadgeStatus.ARCHIVED) {
            throw new UserError("badge.error.archived");
        }
        b.setImage(upload == null ? null : BadgeImageCheck.check(upload), clock.instant());
        return badges.saveAndFlush(b);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public boolean hasImage(long id) {
        return owned(id).imageDataUri() != null;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String svg(long id, String language) {
        Badge b = get(id);
        return BadgeSvg.render(design(b), b.texts(language).words(), b.imageDataUri());
    }

    /** The PNG in a language and size (512, 256 or 128), rendered once and then read from the cache. */
    @PreAuthorize("permitAll()")
    @Transactional
    public byte[] png(long id, String language, int size) {
        Badge b = get(id);
        int chosen = size >= 512 ? 512 : size >= 256 ? 256 : 128;
        String lang = b.texts().containsKey(language)
                ? language
                : b.texts().keySet().stream().findFirst().orElse("en");
        // Every change to design, words or picture moves the badge's version: that is the render's fingerprint.
        String fingerprint = "v" + b.getVersion();
        BadgeRender cached = renders.findByBadgeIdAndLanguageAndSize(id, lang, chosen)
                .orElseGet(() -> new BadgeRender(id, lang, chosen));
        if (!fingerprint.equals(cached.getFingerprint())) {
            cached.store(
                    fingerprint,
                    BadgePng.render(BadgeSvg.render(design(b), b.texts(lang).words(), b.imageDataUri()), chosen));
            renders.save(cached);
        }
        return cached.getPng();
    }

    @PreAuthorize("permitAll()")
    public BadgeDesign design(Badge b) {
        return json.readValue(b.getDesign(), BadgeDesign.class);
    }

    /** Whether the signed-in person (if any) designs the badge's organisation's badges (its editors and admins). */
    @PreAuthorize("permitAll()")
    public boolean mayEdit(Badge b) {
        return MestaUser.current()
                .map(u -> u.has(Role.PROVIDER) && u.editsFor(b.getOrganisationId()))
                .orElse(false);
    }

    /** Whether the signed-in person (if any) issues the badge's organisation's badges (its issuers and admins). */
    @PreAuthorize("permitAll()")
    public boolean mayIssue(Badge b) {
        return MestaUser.current()
                .map(u -> u.has(Role.PROVIDER) && u.issuesFor(b.getOrganisationId()))
                .orElse(false);
    }

    /** Whether the signed-in person acts for the badge's organisation at all (sees its drafts and awards). */
    private boolean member(Badge b) {
        return MestaUser.current()
                .map(u -> u.has(Role.PROVIDER) && u.organisationIds().contains(b.getOrganisationId()))
                .orElse(false);
    }

    private Badge owned(long id) {
        Badge b = badges.findById(id).orElseThrow(() -> new UserError("error.not-found"));
        if (!mayEdit(b)) {
            throw new AccessDeniedException("not your organisation's badge " + id);
        }
        return b;
    }
}
