package org.mesta.badge;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mesta.base.MestaUser;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one issuing path every award takes (by address, CSV list, campaign, claim code or approved application):
 * the award is stored with its Open Badges 3.0 credential signed by the organisation's key and its revocation bit,
 * and {@link AwardService.BadgeAwarded} is published. Callers have checked who may issue.
 */
@Component
class Issuing {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(Issuing.class);
    /** Lists this long have their timings logged. */
    private static final int BULK = 100;

    private final AwardRepository awards;
    private final BadgeService badges;
    private final CityService cities;
    private final IssuerKeys keys;
    private final StatusLists statusLists;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OpenBadges3 ob3;
    private final AccountService accounts;
    private final ActiveEndorsements endorsements;
    private final Signers signers;
    private final AwardRows rows;

    Issuing(
            AwardRepository awards,
            BadgeService badges,
            CityService cities,
            IssuerKeys keys,
            StatusLists statusLists,
            TranslationProvider translations,
            ApplicationEventPublisher events,
            Clock clock,
            AccountService accounts,
            ActiveEndorsements endorsements,
            Signers signers,
            AwardRows rows,
            @Value("${mesta.base-url}") String baseUrl) {
        this.endorsements = endorsements;
        this.signers = signers;
        this.rows = rows;
        this.awards = awards;
        this.badges = badges;
        this.cities = cities;
        this.keys = keys;
        this.statusLists = statusLists;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
        this.accounts = accounts;
        this.ob3 = new OpenBadges3(baseUrl);
    }

    /**
     * What issuing one badge needs once, however many awards: its organisation, its signing key (opened once) and
     * the canonical-form templates its awards share.
     */
    record Issuer(
            Badge badge,
            Organisation organisation,
            IssuerKeys.Signer signer,
            JsonArray endorsements,
            CanonicalTemplates templates) {}

    Issuer issuer(Badge badge) {
        return new Issuer(
                badge,
                cities.findOrganisation(badge.getOrganisationId()).orElseThrow(),
                keys.signer(badge.getOrganisationId()),
                // The badge's active endorsements travel inside each credential issued from now on.
                endorsements.credentials(badge.getId()),
                new CanonicalTemplates());
    }

    /** Issuing, claim codes and reviewing applications: the organisation's issuers and admins. */
    Badge issuable(long badgeId) {
        Badge b = badges.get(badgeId);
        if (!badges.mayIssue(b)) {
            throw new AccessDeniedException("not your organisation's badge " + badgeId);
        }
        if (b.getStatus() != BadgeStatus.PUBLISHED) {
            throw new UserError("award.error.not-published");
        }
        return b;
    }

    Award issue(Badge badge, String email, Long accountId, String language, Long claimCodeId, boolean forApplication) {
        Issuer issuer = issuer(badge);
        Integer index = statusLists.reserve(badge.getOrganisationId(), issuer.signer(), 1).stream()
                .findFirst()
                .orElse(null);
        Award a = awards.save(prepare(
                issuer,
                email,
                accountId,
                language,
                claimCodeId,
                MestaUser.require().accountId(),
                null,
                index,
                DataIntegrity::canonical));
        Long holder = accountId != null
                ? accountId
                : accounts.accountIdsOf(List.of(a.getRecipientEmail())).get(a.getRecipientEmail());
        announce(issuer, a, holder, forApplication);
        return a;
    }

    /**
     * Many at once: the signing (the slow part) runs on every core, the rows are then stored together. Nothing is
     * stored until every award is signed, and all of it in the caller's transaction: a failure leaves none.
     */
    List<Award> issueAll(Issuer issuer, List<RecipientList.Recipient> recipients, String evidence) {
        long issuedBy = MestaUser.require().accountId();
        List<Integer> indexes =
                statusLists.reserve(issuer.badge().getOrganisationId(), issuer.signer(), recipients.size());
        long start = System.nanoTime();
        // A template pays for itself from the second award of a shape on (its first is checked in full).
        Function<JsonObject, String> canonical =
                recipients.size() > 1 ? issuer.templates()::canonical : DataIntegrity::canonical;
        List<Award> prepared = signers.map(
                recipients.size(),
                i -> prepare(
                        issuer,
                        recipients.get(i).email(),
                        null,
                        recipients.get(i).language(),
                        null,
                        issuedBy,
                        evidence,
                        i < indexes.size() ? indexes.get(i) : null,
                        canonical));
        long signed = System.nanoTime();
        List<Award> saved = rows.insert(prepared);
        long stored = System.nanoTime();
        // One look-up for the whole list: which addresses belong to accounts (their holders hear of it in Mesta too).
        Map<String, Long> holders = accounts.accountIdsOf(
                saved.stream().map(Award::getRecipientEmail).toList());
        saved.forEach(a -> announce(issuer, a, holders.get(a.getRecipientEmail()), false));
        if (recipients.size() >= BULK) {
            LOG.info(
                    "Issued {} awards of badge {}: signed in {} ms, stored in {} ms, announced in {} ms",
                    saved.size(),
                    issuer.badge().getId(),
                    (signed - start) / 1_000_000,
                    (stored - signed) / 1_000_000,
                    (System.nanoTime() - stored) / 1_000_000);
        }
        return saved;
    }

    private Award prepare(
            Issuer issuer,
            String email,
            Long accountId,
            String language,
            Long claimCodeId,
            long issuedBy,
            String evidence,
            Integer statusIndex,
            Function<JsonObject, String> canonical) {
        Badge badge = issuer.badge();
        String lang = badge.texts().containsKey(language)
                ? language
                : badge.texts().keySet().stream().findFirst().orElse("en");
        Award a = new Award(badge, email, accountId, lang, issuedBy, claimCodeId, salt(), clock.instant());
        a.evidence(evidence);
        if (statusIndex != null) a.listAt(statusIndex);
        // Open Badges 3.0: the same award as a credential signed with the organisation's key, naming its revocation
        // bit.
        a.sign(DataIntegrity.sign(
                        ob3.credential(
                                a,
                                badge,
                                issuer.organisation(),
                                issuer.signer().did(),
                                tagLabel(lang),
                                statusIndex == null ? null : statusLists.entry(badge.getOrganisationId(), statusIndex),
                                issuer.endorsements()),
                        issuer.signer().key(),
                        issuer.signer().verificationMethod(),
                        a.getIssuedAt(),
                        canonical)
                .toString());
        return a;
    }

    private void announce(Issuer issuer, Award a, Long accountId, boolean forApplication) {
        events.publishEvent(new AwardService.BadgeAwarded(
                a.getBadgeId(),
                a.getPublicId(),
                a.getRecipientEmail(),
                accountId,
                issuer.badge().texts(a.getLanguage()).name(),
                a.getLanguage(),
                forApplication));
    }

    /** Curated skill terms in the given language; free tags as typed. */
    Function<String, String> tagLabel(String language) {
        Locale locale = TranslationProvider.locale(language);
        return tag -> Skills.key(tag) == null ? tag : translations.getTranslation(Skills.key(tag), locale);
    }

    private static String salt() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
