package org.mesta.badge;

import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.mesta.security.OrganisationRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Issuing badges: awards to e-mail addresses, claim codes learners redeem, revocation and expiry; each award's
 * Open Badges 2.0 assertion and images baked with it. (Designing badges is {@link BadgeService}.)
 */
@Service
public class AwardService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AwardRepository awards;
    private final ClaimCodeRepository codes;
    private final BadgeApplicationRepository applications;
    private final BadgeService badges;
    private final BadgeRepository badgeRows;
    private final CityService cities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OpenBadges2 ob2;
    private final OpenBadges3 ob3;
    private final IssuerKeys keys;
    private final Verifier verifier;
    private final StatusLists statusLists;
    private final BadgeWork work;
    private final AccountService accounts;
    private final org.mesta.base.TranslationProvider translations;
    private final JsonMapper json = JsonMapper.builder().build();

    AwardService(AwardRepository awards, ClaimCodeRepository codes, BadgeApplicationRepository applications, BadgeService badges, BadgeRepository badgeRows,
                 CityService cities, ApplicationEventPublisher events, Clock clock, IssuerKeys keys,
                 Verifier verifier, org.mesta.base.TranslationProvider translations, AccountService accounts,
                 @Value("${mesta.base-url}") String baseUrl, StatusLists statusLists, BadgeWork work) {
        this.work = work;
        this.statusLists = statusLists;
        this.accounts = accounts;
        this.translations = translations;
        this.verifier = verifier;
        this.keys = keys;
        this.ob3 = new OpenBadges3(baseUrl);
        this.awards = awards;
        this.codes = codes;
        this.applications = applications;
        this.badges = badges;
        this.badgeRows = badgeRows;
        this.cities = cities;
        this.events = events;
        this.clock = clock;
        this.ob2 = new OpenBadges2(baseUrl);
    }

    /** A badge was awarded: the recipient hears of it by e-mail once the award is stored. */
    public record BadgeAwarded(String publicId, String email, String badgeName, String language) {
    }

    /** Awards a published badge to each address; nothing is awarded unless every address is valid. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public List<Award> award(long badgeId, List<String> emails, String language) {
        Badge badge = issuable(badgeId);
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
        Issuer issuer = issuer(badge);
        return issueAll(issuer, unique.stream().map(e -> new RecipientList.Recipient(e, language)).toList(), null);
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
        return issueAll(issuer(badge), team.stream().map(e -> new RecipientList.Recipient(e, language)).toList(),
                evidence);
    }

    /**
     * Awards a badge to everyone in a CSV list, all or nothing: with any problem the report (line numbers)
     * comes back and nobody is awarded.
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public RecipientList.Parsed awardFromCsv(long badgeId, String csv, String defaultLanguage) {
        Badge badge = issuable(badgeId);
        RecipientList.Parsed parsed = RecipientList.parse(csv, defaultLanguage);
        if (!parsed.ok()) {
            return parsed;
        }
        issueAll(issuer(badge), parsed.recipients(), null);
        return parsed;
    }

    /** What issuing one badge needs once, however many awards: its organisation and signing key. */
    private record Issuer(Badge badge, org.mesta.city.Organisation organisation, IssuerKeys.Signer signer) {
    }

    private Issuer issuer(Badge badge) {
        return new Issuer(badge, cities.findOrganisation(badge.getOrganisationId()).orElseThrow(),
                keys.signer(badge.getOrganisationId()));
    }

    private Award issue(Badge badge, String email, Long accountId, String language, Long claimCodeId) {
        return issue(issuer(badge), email, accountId, language, claimCodeId);
    }

    private Award issue(Issuer issuer, String email, Long accountId, String language, Long claimCodeId) {
        Integer index = statusLists.reserve(issuer.badge().getOrganisationId(), issuer.signer(), 1).stream().findFirst().orElse(null);
        Award a = awards.save(prepare(issuer, email, accountId, language, claimCodeId, MestaUser.require().accountId(), null,
                index));
        announce(issuer, a);
        return a;
    }

    /** Many at once: the signing (the slow part) runs on every core, the rows are then stored together. */
    private List<Award> issueAll(Issuer issuer, List<RecipientList.Recipient> recipients, String evidence) {
        long issuedBy = MestaUser.require().accountId();
        List<Integer> indexes = statusLists.reserve(issuer.badge().getOrganisationId(), issuer.signer(), recipients.size());
        List<Award> prepared = java.util.stream.IntStream.range(0, recipients.size()).parallel()
                .mapToObj(i -> prepare(issuer, recipients.get(i).email(), null, recipients.get(i).language(), null, issuedBy,
                        evidence, i < indexes.size() ? indexes.get(i) : null)).toList();
        List<Award> saved = awards.saveAll(prepared);
        saved.forEach(a -> announce(issuer, a));
        return saved;
    }

    private Award prepare(Issuer issuer, String email, Long accountId, String language, Long claimCodeId, long issuedBy,
                          String evidence, Integer statusIndex) {
        Badge badge = issuer.badge();
        String lang = badge.texts().containsKey(language) ? language
                : badge.texts().keySet().stream().findFirst().orElse("en");
        Award a = new Award(badge, email, accountId, lang, issuedBy, claimCodeId, salt(), clock.instant());
        a.evidence(evidence);
        if (statusIndex != null) a.listAt(statusIndex);
        // Open Badges 3.0: the same award as a credential signed with the organisation's key, naming its revocation bit.
        a.sign(DataIntegrity.sign(ob3.credential(a, badge, issuer.organisation(), issuer.signer().did(), tagLabel(lang),
                        statusIndex == null ? null : statusLists.entry(badge.getOrganisationId(), statusIndex)),
                issuer.signer().key(), issuer.signer().verificationMethod(), a.getIssuedAt()).toString());
        return a;
    }

    private void announce(Issuer issuer, Award a) {
        events.publishEvent(new BadgeAwarded(a.getPublicId(), a.getRecipientEmail(),
                issuer.badge().texts(a.getLanguage()).name(), a.getLanguage()));
    }

    /** Curated skill terms in the given language; free tags as typed. */
    private java.util.function.Function<String, String> tagLabel(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return tag -> Skills.key(tag) == null ? tag : translations.getTranslation(Skills.key(tag), locale);
    }

    private static String salt() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    // ---- claim codes ----

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public ClaimCode createClaimCode(long badgeId, Instant validFrom, Instant validUntil, int maxUses) {
        issuable(badgeId);
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw new UserError("claim.error.window");
        }
        if (maxUses < 1 || maxUses > 100_000) {
            throw new UserError("claim.error.max-uses");
        }
        ClaimCode code;
        do {
            code = new ClaimCode(badgeId, validFrom, validUntil, maxUses, MestaUser.require().accountId(), clock.instant());
        } while (codes.findByCode(code.getCode()).isPresent());
        return codes.save(code);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<ClaimCode> claimCodes(long badgeId) {
        issuable(badgeId);
        return codes.findByBadgeIdOrderByCreatedAtDesc(badgeId);
    }

    /** A learner redeems a code: the badge is awarded to them, once per person. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public Award redeem(String typed) {
        MestaUser me = MestaUser.require();
        String normalised = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String code = normalised.length() == 10 ? normalised.substring(0, 5) + "-" + normalised.substring(5) : normalised;
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
        return issue(badge, me.email(), me.accountId(), me.language(), c.getId());
    }

    // ---- applications with evidence ----

    static final int MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

    /** A learner applies for a published badge with evidence; the organisation's reviewers are told. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional
    public BadgeApplication apply(long badgeId, String text, String url, byte[] file, String fileName) {
        MestaUser me = MestaUser.require();
        Badge badge = badgeRows.findById(badgeId).filter(b -> b.getStatus() == BadgeStatus.PUBLISHED)
                .orElseThrow(() -> new UserError("error.not-found"));
        String evidence = text == null ? "" : text.strip();
        if (evidence.isEmpty()) throw new UserError("application.error.text-required");
        if (evidence.length() > 4000) throw new UserError("badge.error.too-long");
        String link = url == null || url.isBlank() ? null : url.strip();
        if (link != null && !BadgeDraft.isWebAddress(link)) throw new UserError("badge.error.url");
        String type = null;
        if (file != null && file.length > 0) {
            if (file.length > MAX_EVIDENCE_BYTES) throw new UserError("application.error.file-size", MAX_EVIDENCE_BYTES / 1024 / 1024);
            type = evidenceType(file);
            if (type == null) throw new UserError("application.error.file-type");
        }
        if (applications.existsByBadgeIdAndAccountIdAndStatus(badgeId, me.accountId(), BadgeApplication.Status.PENDING)) {
            throw new UserError("application.error.pending");
        }
        if (awards.existsByBadgeIdAndRecipientEmailAndRevokedAtIsNull(badgeId, Award.normalise(me.email()))) {
            throw new UserError("claim.error.already");
        }
        String name = fileName == null ? null : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        BadgeApplication a = applications.save(new BadgeApplication(badge, me.accountId(), me.displayName(),
                Award.normalise(me.email()), me.language(), evidence, link, type == null ? null : file,
                type == null ? null : (name == null || name.isBlank() ? "evidence" : name), type, clock.instant()));
        events.publishEvent(new BadgeEvents.ApplicationSubmitted(a.getId(), badgeId, badge.getOrganisationId(),
                badge.texts(badge.texts().keySet().stream().findFirst().orElse("en")).name(), me.displayName()));
        return a;
    }

    /** PDF, PNG or JPEG, by content. */
    private static String evidenceType(byte[] f) {
        return Bytes.isPdf(f) ? "application/pdf" : Bytes.isPng(f) ? "image/png" : Bytes.isJpeg(f) ? "image/jpeg" : null;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BadgeApplication> myApplications() {
        return applications.findByAccountIdOrderBySubmittedAtDesc(MestaUser.require().accountId());
    }

    /** The applications for one badge, for its organisation's reviewers (evidence included). */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<BadgeApplication> applications(long badgeId) {
        issuable(badgeId);
        return applications.findByBadgeIdOrderBySubmittedAtAsc(badgeId);
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public Award approve(long applicationId, long version) {
        BadgeApplication app = reviewable(applicationId, version);
        Badge badge = issuable(app.getBadgeId());
        Award award = issue(badge, app.getEmail(), app.getAccountId(), app.getLanguage(), null);
        app.approve(MestaUser.require().accountId(), award.getPublicId(), clock.instant());
        applications.saveAndFlush(app);
        events.publishEvent(new BadgeEvents.ApplicationDecided(app.getId(), badge.getId(), app.getAccountId(),
                badge.texts(app.getLanguage()).name(), true, null, award.getPublicId()));
        return award;
    }

    /** Returns an application with feedback (required): the learner can add to the evidence and apply again. */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional
    public BadgeApplication giveBack(long applicationId, long version, String feedback) {
        BadgeApplication app = reviewable(applicationId, version);
        if (feedback == null || feedback.isBlank()) throw new UserError("application.error.feedback-required");
        if (feedback.strip().length() > 2000) throw new UserError("error.too-long");
        app.giveBack(MestaUser.require().accountId(), feedback.strip(), clock.instant());
        Badge badge = badgeRows.findById(app.getBadgeId()).orElseThrow();
        events.publishEvent(new BadgeEvents.ApplicationDecided(app.getId(), badge.getId(), app.getAccountId(),
                badge.texts(app.getLanguage()).name(), false, app.getFeedback(), null));
        return applications.saveAndFlush(app);
    }

    /** The evidence file: for the applicant and the organisation's reviewers only. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Evidence> evidenceFile(long applicationId) {
        BadgeApplication app = applications.findById(applicationId).orElseThrow(() -> new UserError("error.not-found"));
        MestaUser me = MestaUser.require();
        boolean reviewer = me.has(org.mesta.base.Role.PROVIDER) && me.issuesFor(app.getOrganisationId());
        if (!reviewer && me.accountId() != app.getAccountId()) {
            throw new AccessDeniedException("not your application " + applicationId);
        }
        return app.getEvidenceFile() == null ? Optional.empty()
                : Optional.of(new Evidence(app.getEvidenceFile(), app.getEvidenceFileName(), app.getEvidenceFileType()));
    }

    public record Evidence(byte[] bytes, String fileName, String type) {
    }

    private BadgeApplication reviewable(long applicationId, long version) {
        BadgeApplication app = applications.findById(applicationId).orElseThrow(() -> new UserError("error.not-found"));
        if (!MestaUser.require().issuesFor(app.getOrganisationId())) {
            throw new AccessDeniedException("not an issuer for this application " + applicationId);
        }
        if (app.getVersion() != version) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(BadgeApplication.class, applicationId);
        }
        if (app.getStatus() != BadgeApplication.Status.PENDING) {
            throw new UserError("application.error.decided");
        }
        return app;
    }

    // ---- the workspaces (counts and a few rows; the reading is in BadgeWork) ----

    /** A badge of the provider's organisations with applications waiting for review. */
    public record Waiting(long badgeId, String badgeName, long count) {
    }

    public record ProviderBadges(List<Waiting> waiting, long issuedThisMonth) {
    }

    public record LearnerBadges(long held, long waiting, List<MyApplication> latestApplications) {
    }

    /** One of the learner's applications: which badge (named in the language they applied in), and the answer. */
    public record MyApplication(long badgeId, String badgeName, BadgeApplication.Status status, String feedback,
                                Instant submittedAt) {
    }

    /**
     * Applications waiting in the organisations the provider issues for, and the awards of all their
     * organisations since the first of this month (in the zone given, the reader's).
     */
    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public ProviderBadges providerBadges(String language, ZoneId zone, int limit) {
        MestaUser me = MestaUser.require();
        var issuing = me.organisationIds().stream().filter(me::issuesFor).toList();
        Instant monthStart = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1).atStartOfDay(zone).toInstant();
        return new ProviderBadges(work.waitingApplications(issuing, language, limit),
                work.issuedSince(me.organisationIds(), monthStart));
    }

    /** The learner's badges held, applications waiting for an answer, and their latest applications. */
    @PreAuthorize("hasRole('LEARNER')")
    @Transactional(readOnly = true)
    public LearnerBadges learnerBadges(int limit) {
        MestaUser me = MestaUser.require();
        return work.learner(me.accountId(), Award.normalise(me.email()), limit);
    }

    // ---- looking at awards ----

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Award> mine() {
        MestaUser me = MestaUser.require();
        return awards.forRecipient(me.accountId(), Award.normalise(me.email()));
    }

    @PreAuthorize("hasRole('PROVIDER')")
    @Transactional(readOnly = true)
    public List<Award> awardsOf(long badgeId) {
        issuable(badgeId);
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
        return saved;
    }

    /** An award by its public id (what its URLs and baked images carry); public: the recipient is hashed. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Award> byPublicId(String publicId) {
        return awards.findByPublicId(publicId);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String assertionJson(Award a) {
        return json.writeValueAsString(a.getRevokedAt() != null ? ob2.revoked(a) : ob2.assertion(a));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String badgeClassJson(long badgeId, String language) {
        Badge b = badges.get(badgeId);
        String lang = language == null ? b.texts().keySet().stream().findFirst().orElse("en") : language;
        return json.writeValueAsString(ob2.badgeClass(b, lang, tagLabel(lang)));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String issuerJson(long organisationId) {
        return json.writeValueAsString(ob2.issuer(cities.findOrganisation(organisationId)
                .orElseThrow(() -> new UserError("error.not-found"))));
    }

    /**
     * The award's badge image (PNG 512, from the cached render) with both its Open Badges 2.0 assertion
     * ("openbadges") and its signed 3.0 credential ("openbadgecredential") baked in.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public byte[] bakedPng(Award a) {
        byte[] png = Baking.bakePng(badges.png(a.getBadgeId(), a.getLanguage(), 512), Baking.OB2, assertionJson(a));
        return a.getCredential() == null ? png : Baking.bakePng(png, Baking.OB3, a.getCredential());
    }

    /** The award's SVG with its signed Open Badges 3.0 credential baked in. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String bakedSvg3(Award a) {
        return Baking.bakeSvg(badges.svg(a.getBadgeId(), a.getLanguage()), Baking.OB3, a.getCredential(), null);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String bakedSvg(Award a) {
        String svg = badges.svg(a.getBadgeId(), a.getLanguage());
        return Baking.bakeSvg(svg, Baking.OB2, assertionJson(a), ob2.assertionId(a.getPublicId()));
    }

    /** An organisation's signed revocation list (Bitstring Status List credential) as it is served. */
    public record PublishedStatusList(String json, Instant signedAt) {
    }

    /** Public like the credentials that point to it; read as stored, never signed on request. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedStatusList> statusList(long organisationId) {
        return statusLists.published(organisationId).map(l -> new PublishedStatusList(l.getCredential(), l.getSignedAt()));
    }

    /** The public address of an award's Open Badges 3.0 credential (what the verification page accepts). */
    @PreAuthorize("permitAll()")
    public String credentialUrl(String publicId) {
        return ob3.credentialUrl(publicId);
    }

    /**
     * Replaces the organisation's badge-signing key, e.g. when its secret may have leaked; returns the new
     * did:key. Credentials signed before stay genuine: the old public key is kept as one of the organisation's.
     * The organisation's admins may, and whoever administers its city.
     */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public String rotateIssuerKey(long organisationId) {
        MestaUser me = MestaUser.require();
        org.mesta.city.Organisation org = cities.findOrganisation(organisationId)
                .orElseThrow(() -> new UserError("error.not-found"));
        boolean organisationAdmin = me.organisationIds().contains(organisationId) && accounts.myMemberships().stream()
                .anyMatch(m -> m.getOrganisationId() == organisationId && m.getRole() == OrganisationRole.ADMIN);
        if (!organisationAdmin && !me.administers(org.getCity().getId())) {
            throw new AccessDeniedException("may not rotate the key of organisation " + organisationId);
        }
        return keys.rotate(organisationId);
    }

    /** Checks a badge someone brings (file, pasted text or URL); anyone may, and nothing is fetched. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Verification verify(byte[] file, String pasted, String email) {
        return verifier.verify(file, pasted, email);
    }

    /** Issuing, claim codes and reviewing applications: the organisation's issuers and admins. */
    private Badge issuable(long badgeId) {
        Badge b = badges.get(badgeId);
        if (!badges.mayIssue(b)) {
            throw new AccessDeniedException("not your organisation's badge " + badgeId);
        }
        if (b.getStatus() != BadgeStatus.PUBLISHED) {
            throw new UserError("award.error.not-published");
        }
        return b;
    }
}
