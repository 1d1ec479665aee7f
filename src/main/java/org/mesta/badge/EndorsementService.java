package org.mesta.badge;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mesta.base.Languages;
import org.mesta.base.MestaUser;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.city.City;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Endorsements: an organisation's issuers vouch for another organisation's published badge with a short comment,
 * published as an Open Badges 2.0 Endorsement and a 3.0 EndorsementCredential signed with the endorser's key;
 * withdrawing it revokes the credential in the endorser's status list. Everyone sees a badge's active endorsements.
 */
@Service
public class EndorsementService {

    static final int MAX_COMMENT = 500;

    private final EndorsementRepository endorsements;
    private final BadgeRepository badgeRows;
    private final BadgeService badges;
    private final CityService cities;
    private final IssuerKeys keys;
    private final StatusLists statusLists;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EndorsementDocuments documents;
    private final JsonMapper json = JsonMapper.builder().build();

    EndorsementService(
            EndorsementRepository endorsements,
            BadgeRepository badgeRows,
            BadgeService badges,
            CityService cities,
            IssuerKeys keys,
            StatusLists statusLists,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${mesta.base-url}") String baseUrl) {
        this.endorsements = endorsements;
        this.badgeRows = badgeRows;
        this.badges = badges;
        this.cities = cities;
        this.keys = keys;
        this.statusLists = statusLists;
        this.events = events;
        this.clock = clock;
        this.documents = new EndorsementDocuments(baseUrl);
    }

    /** An organisation endorsed a badge: the badge's organisation hears of it. */
    public record BadgeEndorsed(
            long endorsementId, long badgeId, long badgeOrganisationId, String endorserName, String badgeName) {}

    /** An endorsement as the pages show it: who endorsed which badge, what they said and when. */
    public record Shown(
            long id,
            String publicId,
            long organisationId,
            String endorser,
            long badgeId,
            String badgeName,
            String comment,
            String language,
            Instant issuedAt,
            @Nullable Instant withdrawnAt) {

        public boolean active() {
            return withdrawnAt == null;
        }
    }

    /** A published badge of another organisation that may be endorsed, with whose it is. */
    public record Candidate(Badge badge, String name, String alt, String organisation, String city) {}

    /** The organisations the signed-in provider may endorse for: those they issue badges for. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Organisation> endorsers() {
        MestaUser me = MestaUser.require();
        return cities.organisations(me.organisationIds()).stream()
                .filter(o -> me.issuesFor(o.getId()))
                .toList();
    }

    /**
     * Published badges of the network's other organisations (not the caller's own), found by badge name,
     * organisation or city, newest first, a page at a time.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Candidate> endorsable(String filter, String language, Pageable pageable) {
        Set<Long> mine = MestaUser.require().organisationIds();
        String q = "%" + (filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT)) + "%";
        List<Badge> found = endorsements.publishedOfOthers(mine.isEmpty() ? Set.of(-1L) : mine, q, pageable);
        Map<Long, Organisation> orgs =
                organisations(found.stream().map(Badge::getOrganisationId).toList());
        return found.stream()
                .map(b -> {
                    BadgeTexts t = b.texts(language);
                    Organisation o = orgs.get(b.getOrganisationId());
                    return new Candidate(
                            b,
                            t.name(),
                            t.words().alt(),
                            o == null ? "" : o.getName(),
                            o == null ? "" : o.getCity().name(TranslationProvider.locale(language)));
                })
                .toList();
    }

    /** The languages an endorsement may be written in: the endorser's city's and the badge's city's. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<String> languages(long organisationId, long badgeId) {
        return allowedLanguages(organisationId, badges.get(badgeId)).codes();
    }

    private Languages allowedLanguages(long organisationId, Badge badge) {
        Organisation endorser =
                cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        City home = endorser.getCity();
        Set<String> offered = new LinkedHashSet<>(home.getOfferedLanguages());
        cities.findCity(badge.getCityId()).ifPresent(c -> {
            offered.add(c.getDefaultLanguage());
            offered.addAll(c.getOfferedLanguages());
        });
        return Languages.of(home.getDefaultLanguage(), offered);
    }

    /**
     * The organisation endorses another organisation's published badge: only its issuers and admins may, never for
     * a badge of an organisation the caller acts for, and one active endorsement per organisation and badge.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Endorsement endorse(long organisationId, long badgeId, String comment, String language) {
        MestaUser me = MestaUser.require();
        if (!me.issuesFor(organisationId)) {
            throw new AccessDeniedException("not an issuer of organisation " + organisationId);
        }
        Badge badge = badgeRows.findById(badgeId).orElseThrow(() -> new UserError("error.not-found"));
        if (badge.getStatus() != BadgeStatus.PUBLISHED) {
            throw new UserError("endorse.error.not-published");
        }
        if (badge.getOrganisationId() == organisationId || me.organisationIds().contains(badge.getOrganisationId())) {
            throw new AccessDeniedException("may not endorse a badge of one's own organisation " + badgeId);
        }
        String text = plain(comment);
        if (text.isEmpty()) throw new UserError("endorse.error.comment-required");
        if (text.length() > MAX_COMMENT) throw new UserError("endorse.error.comment-too-long", MAX_COMMENT);
        if (language == null || !allowedLanguages(organisationId, badge).contains(language)) {
            throw new UserError("endorse.error.language");
        }
        if (endorsements.existsByOrganisationIdAndBadgeIdAndWithdrawnAtIsNull(organisationId, badgeId)) {
            throw new UserError("endorse.error.already");
        }
        Organisation endorser =
                cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        IssuerKeys.Signer signer = keys.signer(organisationId);
        Endorsement e = new Endorsement(organisationId, badge, text, language, me.accountId(), clock.instant());
        Integer index = statusLists.reserve(organisationId, signer, 1).stream()
                .findFirst()
                .orElse(null);
        if (index != null) e.listAt(index);
        String badgeName = badge.texts(language).name();
        e.sign(DataIntegrity.sign(
                        documents.credential(
                                e,
                                endorser,
                                signer.did(),
                                badgeName,
                                index == null ? null : statusLists.entry(organisationId, index)),
                        signer.key(),
                        signer.verificationMethod(),
                        e.getIssuedAt())
                .toString());
        Endorsement saved;
        try {
            saved = endorsements.saveAndFlush(e);
        } catch (DataIntegrityViolationException twice) {
            // Two issuers of the organisation endorsed the same badge at once: the unique active key kept one.
            throw new UserError("endorse.error.already");
        }
        events.publishEvent(
                new BadgeEndorsed(saved.getId(), badgeId, badge.getOrganisationId(), endorser.getName(), badgeName));
        return saved;
    }

    /** Withdraws an endorsement of one's organisation: it is no longer shown and its credential reads as revoked. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Endorsement withdraw(long endorsementId) {
        Endorsement e = endorsements.findById(endorsementId).orElseThrow(() -> new UserError("error.not-found"));
        if (!MestaUser.require().issuesFor(e.getOrganisationId())) {
            throw new AccessDeniedException("not an issuer of the endorsing organisation " + endorsementId);
        }
        if (!e.isActive()) return e;
        e.withdraw(clock.instant());
        Endorsement saved = endorsements.saveAndFlush(e);
        if (saved.getStatusIndex() != null) statusLists.revoke(saved.getOrganisationId(), saved.getStatusIndex());
        return saved;
    }

    /** The endorsements the caller's organisations have given, active and withdrawn, newest first. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Shown> given(String language) {
        Set<Long> mine = MestaUser.require().organisationIds();
        return mine.isEmpty()
                ? List.of()
                : shown(endorsements.findByOrganisationIdInOrderByIssuedAtDesc(mine), language);
    }

    /** The active endorsements of the caller's organisations' badges (their badges screen). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Shown> ofMyBadges(String language) {
        Set<Long> mine = MestaUser.require().organisationIds();
        return mine.isEmpty()
                ? List.of()
                : shown(
                        endorsements.findByBadgeOrganisationIdInAndWithdrawnAtIsNullOrderByIssuedAtDesc(mine),
                        language);
    }

    /** A badge's active endorsements, for its public pages. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Shown> ofBadge(long badgeId, String language) {
        return shown(endorsements.findByBadgeIdAndWithdrawnAtIsNullOrderByIssuedAtDesc(badgeId), language);
    }

    /** A hosted Open Badges document: 200 with the JSON, or 410 Gone once withdrawn. */
    public record Hosted(boolean gone, String json) {}

    /** The Open Badges 2.0 Endorsement at its id URL; public like every hosted badge document. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Hosted> endorsementJson(String publicId) {
        return byPublicId(publicId)
                .map(e -> new Hosted(
                        !e.isActive(),
                        json.writeValueAsString(e.isActive() ? documents.endorsement2(e) : documents.withdrawn2(e))));
    }

    /** The signed 3.0 EndorsementCredential as it was issued (withdrawn ones read as revoked in the status list). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Hosted> endorsementCredential(String publicId) {
        return byPublicId(publicId).map(e -> new Hosted(!e.isActive(), e.getCredential()));
    }

    /** The public address of an endorsement's 3.0 credential. */
    @PreAuthorize("permitAll()")
    public String credentialUrl(String publicId) {
        return documents.credentialId(publicId);
    }

    private Optional<Endorsement> byPublicId(String publicId) {
        // Anonymous input: a UUID or nothing, before the database is asked.
        if (publicId == null || publicId.length() != 36 || !publicId.matches("[0-9a-f-]{36}")) return Optional.empty();
        return endorsements.findByPublicId(publicId);
    }

    private List<Shown> shown(List<Endorsement> list, String language) {
        Map<Long, Organisation> orgs =
                organisations(list.stream().map(Endorsement::getOrganisationId).toList());
        Map<Long, Badge> byId =
                badgeRows.findAllById(list.stream().map(Endorsement::getBadgeId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Badge::getId, Function.identity()));
        List<Shown> out = new ArrayList<>();
        for (Endorsement e : list) {
            Organisation o = orgs.get(e.getOrganisationId());
            Badge b = byId.get(e.getBadgeId());
            out.add(new Shown(
                    e.getId(),
                    e.getPublicId(),
                    e.getOrganisationId(),
                    o == null ? "" : o.getName(),
                    e.getBadgeId(),
                    b == null ? "" : b.texts(language).name(),
                    e.getComment(),
                    e.getLanguage(),
                    e.getIssuedAt(),
                    e.getWithdrawnAt()));
        }
        return out;
    }

    private Map<Long, Organisation> organisations(Collection<Long> ids) {
        return ids.stream()
                .distinct()
                .map(cities::findOrganisation)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }

    /** Plain text: stripped, control characters (but line breaks) removed, at most two line breaks in a row. */
    static String plain(@Nullable String s) {
        if (s == null) return "";
        return s.replace("\r\n", "\n")
                .replaceAll("[\\p{Cntrl}&&[^\n]]", "")
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }
}
