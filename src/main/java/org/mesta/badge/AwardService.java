package org.mesta.badge;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing badges: awards to e-mail addresses, CSV lists and campaign teams, claim codes learners redeem, and
 * revocation. (Designing badges is {@link BadgeService}; applications with evidence {@link BadgeApplicationService};
 * what an award shows the world {@link OpenBadgesService}.)
 */
@Service
public class AwardService {

    private final AwardRepository awards;
    private final ClaimCodeRepository codes;
    private final BadgeService badges;
    private final BadgeRepository badgeRows;
    private final Issuing issuing;
    private final StatusLists statusLists;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AwardService(
            AwardRepository awards,
            ClaimCodeRepository codes,
            BadgeService badges,
            BadgeRepository badgeRows,
            Issuing issuing,
            StatusLists statusLists,
            Clock clock,
            ApplicationEventPublisher events) {
        this.awards = awards;
        this.codes = codes;
        this.badges = badges;
        this.badgeRows = badgeRows;
        this.issuing = issuing;
        this.statusLists = statusLists;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A badge was awarded: the recipient hears of it by e-mail and, when the address belongs to an account ({@code
     * accountId}), in the inbox and in the wallet. {@code forApplication}: the award answers the learner's own
     * application, whose approval has a notice of its own. {@code badgeId}: which badge (pathways count steps by it).
     */
    public record BadgeAwarded(
            long badgeId,
            String publicId,
            String email,
            @Nullable Long accountId,
            String badgeName,
            String language,
            boolean forApplication) {}

    /** An award was revoked: it no longer counts as issued (the impact figures recount its badge and month). */
    public record AwardRevoked(long awardId) {}

    /** Awards a published badge to each address; nothing is awarded unless every address is valid. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public List<Award> award(long badgeId, List<String> emails, String language) {
        Badge badge = issuing.issuable(badgeId);
        Set<String> unique = new LinkedHashSet<>();
        for (String e : emails) {
            String email = e == null ? "" : Award.normalise(e);
            if (email.isEmpty()) continue;
            if (email.length() > 255 || !RecipientList.EMAIL.matcher(email).matches()) {
                throw new UserError("award.error.email", e.strip());
            }
            unique.add(email);
        }
        if (unique.isEmpty()) {
            throw new UserError("award.error.no-recipients");
        }
        return issuing.issueAll(
                issuing.issuer(badge),
                unique.stream()
                        .map(e -> new RecipientList.Recipient(e, language))
                        .toList(),
                null);
    }

    /**
     * A young ambassadors' team receives its city's campaign badge when a city admin confirms a campaign's
     * evaluation, with the campaign's outcomes as evidence. The campaign feature checks that this is the badge the
     * city admin chose, that the evaluation was confirmed and who has not yet received it; here: a published badge
     * of an organisation of the city the caller administers.
     */
    @PreAuthorize("hasRole('CITY_ADMIN')")
    @Transactional
    public List<Award> awardForCampaign(long badgeId, List<String> emails, String language, String evidence) {
        MestaUser me = MestaUser.require();
        Badge badge = badges.get(badgeId);
        if (badge.getStatus() != BadgeStatus.PUBLISHED) {
            throw new UserError("award.error.not-published");
        }
        if (!badge.getCityId().equals(me.cityId())) {
            throw new AccessDeniedException("badge of another city " + badgeId);
        }
        List<String> team = emails.stream().map(Award::normalise).distinct().toList();
        return issuing.issueAll(
                issuing.issuer(badge),
                team.stream().map(e -> new RecipientList.Recipient(e, language)).toList(),
                evidence);
    }

    /**
     * Those who came to a session receive the badge taking part leads to, with their attendance as evidence (the
     * joining feature checks who was checked in and has not yet received it from that session). Only a provider who
     * issues for the badge's organisation, or the system (the scheduled award after a session), may call it; the
     * awards take the one signing path, so they are real signed awards that reach the wallet.
     */
    @PreAuthorize("hasAnyRole('PROVIDER','NETWORK_ADMIN')")
    @Transactional
    public List<Award> awardForAttendance(long badgeId, List<String> emails, String language, String evidence) {
        MestaUser me = MestaUser.require();
        Badge badge;
        if (me.accountId() == 0 && me.has(Role.NETWORK_ADMIN)) {
            badge = badges.get(badgeId);
            if (badge.getStatus() != BadgeStatus.PUBLISHED) {
                throw new UserError("award.error.not-published");
            }
        } else {
            badge = issuing.issuable(badgeId);
        }
        List<String> came = emails.stream().map(Award::normalise).distinct().toList();
        if (came.isEmpty()) return List.of();
        return issuing.issueAll(
                issuing.issuer(badge),
                came.stream().map(e -> new RecipientList.Recipient(e, language)).toList(),
                evidence);
    }

    /**
     * Awards a badge to everyone in a CSV list, all or nothing: with any problem the report (line numbers)
     * comes back and nobody is awarded.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public RecipientList.Parsed awardFromCsv(long badgeId, String csv, String defaultLanguage) {
        Badge badge = issuing.issuable(badgeId);
        RecipientList.Parsed parsed = RecipientList.parse(csv, defaultLanguage);
        if (!parsed.ok()) {
            return parsed;
        }
        issuing.issueAll(issuing.issuer(badge), parsed.recipients(), null);
        return parsed;
    }

    /** A badge someone holds: which badge, and the award's public id (its page is {@code awards/<publicId>}). */
    public record Held(long badgeId, String publicId) {}

    /**
     * The badges an account holds, not revoked: awarded to the account, or to its address once confirmed (anyone can
     * register with someone else's address). For the system's reactions (a pathway's progress), never a person.
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN') and principal.accountId() == 0")
    @Transactional(readOnly = true)
    public List<Held> heldBy(long accountId, @Nullable String confirmedEmail) {
        return awards.forRecipient(accountId, confirmedEmail == null ? null : Award.normalise(confirmedEmail)).stream()
                .filter(a -> a.getRevokedAt() == null)
                .map(a -> new Held(a.getBadgeId(), a.getPublicId()))
                .toList();
    }

    /**
     * A learner completed a pathway: its milestone badge (a published badge of the city) is awarded to them, signed
     * like every award, with the awards that completed it as evidence. Only the system awards it (the pathway's
     * listener, which makes sure it happens once); no person can call this.
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN') and principal.accountId() == 0")
    @Transactional
    public Award awardMilestone(long badgeId, String email, String language, String evidence) {
        Badge badge = badges.get(badgeId);
        if (badge.getStatus() != BadgeStatus.PUBLISHED) {
            throw new UserError("award.error.not-published");
        }
        return issuing.issueAll(
                        issuing.issuer(badge),
                        List.of(new RecipientList.Recipient(Award.normalise(email), language)),
                        evidence)
                .getFirst();
    }

    // ---- claim codes ----

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public ClaimCode createClaimCode(long badgeId, Instant validFrom, Instant validUntil, int maxUses) {
        issuing.issuable(badgeId);
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw new UserError("claim.error.window");
        }
        if (maxUses < 1 || maxUses > 100_000) {
            throw new UserError("claim.error.max-uses");
        }
        ClaimCode code;
        do {
            code = new ClaimCode(
                    badgeId, validFrom, validUntil, maxUses, MestaUser.require().accountId(), clock.instant());
        } while (codes.findByCode(code.getCode()).isPresent());
        return codes.save(code);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<ClaimCode> claimCodes(long badgeId) {
        issuing.issuable(badgeId);
        return codes.findByBadgeIdOrderByCreatedAtDesc(badgeId);
    }

    /** A learner redeems a code: the badge is awarded to them, once per person. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public Award redeem(String typed) {
        MestaUser me = MestaUser.require();
        String normalised =
                typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String code =
                normalised.length() == 10 ? normalised.substring(0, 5) + "-" + normalised.substring(5) : normalised;
        ClaimCode c = codes.findByCode(code).orElseThrow(() -> new UserError("claim.error.unknown"));
        String refusal = c.refusal(clock.instant());
        if (refusal != null) {
            throw new UserError(refusal);
        }
        Badge badge = badgeRows.findById(c.getBadgeId()).orElseThrow(() -> new UserError("claim.error.unknown"));
        if (badge.getStatus() != BadgeStatus.PUBLISHED) {
            throw new UserError("claim.error.unknown");
        }
        if (awards.existsByBadgeIdAndRecipientEmailAndRevokedAtIsNull(badge.getId(), Award.normalise(me.email()))) {
            throw new UserError("claim.error.already");
        }
        c.use(); // the code's version guards its count when many redeem at once
        codes.saveAndFlush(c);
        return issuing.issue(badge, me.email(), me.accountId(), me.language(), c.getId(), false);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Award> awardsOf(long badgeId) {
        issuing.issuable(badgeId);
        return awards.findByBadgeIdOrderByIssuedAtDesc(badgeId);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Award revoke(long awardId, String reason) {
        Award a = awards.findById(awardId).orElseThrow(() -> new UserError("error.not-found"));
        if (!MestaUser.require().issuesFor(a.getOrganisationId())) {
            throw new AccessDeniedException("not an issuer of this award " + awardId);
        }
        if (reason == null || reason.isBlank()) {
            throw new UserError("award.error.reason-required");
        }
        if (reason.strip().length() > 500) {
            throw new UserError("error.too-long");
        }
        a.revoke(reason.strip(), clock.instant());
        Award saved = awards.saveAndFlush(a);
        if (saved.getStatusIndex() != null) statusLists.revoke(saved.getOrganisationId(), saved.getStatusIndex());
        events.publishEvent(new AwardRevoked(awardId));
        return saved;
    }
}
