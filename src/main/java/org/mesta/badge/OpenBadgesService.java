package org.mesta.badge;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.mesta.security.AccountService;
import org.mesta.security.OrganisationRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an award shows the world, for anyone: its Open Badges 2.0 assertion, badge class and issuer, its images
 * with the 2.0 assertion and the signed 3.0 credential baked in, the organisations' revocation lists, checking a
 * badge someone brings, and the organisation's signing key those credentials verify against.
 */
@Service
public class OpenBadgesService {

    private final AwardRepository awards;
    private final BadgeService badges;
    private final CityService cities;
    private final AccountService accounts;
    private final IssuerKeys keys;
    private final Verifier verifier;
    private final StatusLists statusLists;
    private final Issuing issuing;
    private final OpenBadges2 ob2;
    private final OpenBadges3 ob3;
    private final List<AwardVisibility> visibility;
    private final ActiveEndorsements endorsements;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenBadgesService(
            AwardRepository awards,
            BadgeService badges,
            CityService cities,
            AccountService accounts,
            IssuerKeys keys,
            Verifier verifier,
            StatusLists statusLists,
            Issuing issuing,
            List<AwardVisibility> visibility,
            ActiveEndorsements endorsements,
            @Value("${mesta.base-url}") String baseUrl) {
        this.endorsements = endorsements;
        this.awards = awards;
        this.badges = badges;
        this.cities = cities;
        this.accounts = accounts;
        this.keys = keys;
        this.verifier = verifier;
        this.statusLists = statusLists;
        this.issuing = issuing;
        this.visibility = visibility;
        this.ob2 = new OpenBadges2(baseUrl);
        this.ob3 = new OpenBadges3(baseUrl);
    }

    /** An award by its public id (what its URLs and baked images carry); public: the recipient is hashed. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Award> byPublicId(String publicId) {
        return awards.findByPublicId(publicId);
    }

    /**
     * An award as its public page shows it: to everyone unless its holder made it private or declined it; then only
     * to the holder and to the members of the issuing organisation (everyone else is told there is no such page).
     * The Open Badges JSON and baked images stay public at their own addresses: verifiers need them, and they name
     * the recipient only by a salted hash.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Award> shownAt(String publicId) {
        return awards.findByPublicId(publicId)
                .filter(a -> visibility.stream().allMatch(v -> v.shownToEveryone(a))
                        || MestaUser.current().map(me -> holderOrIssuer(me, a)).orElse(false));
    }

    private static boolean holderOrIssuer(MestaUser me, Award a) {
        return me.organisationIds().contains(a.getOrganisationId())
                || (a.getRecipientAccountId() != null && a.getRecipientAccountId() == me.accountId())
                || Award.normalise(me.email()).equals(a.getRecipientEmail());
    }

    /** Awards by id, for a public page that lists the ones their holder chose to show; public like byPublicId. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Award> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : awards.findAllById(ids);
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
        Map<String, Object> badgeClass = ob2.badgeClass(b, lang, issuing.tagLabel(lang));
        List<String> endorsed = endorsements.iris(badgeId);
        if (!endorsed.isEmpty()) badgeClass.put("endorsement", endorsed);
        return json.writeValueAsString(badgeClass);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public String issuerJson(long organisationId) {
        return json.writeValueAsString(ob2.issuer(
                cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"))));
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

    /**
     * The baked PNGs of many awards (e.g. a whole issuing list), as {@link #bakedPng} makes them, handed to {@code
     * each} in order: each badge's image is read and taken apart once per language, so each award only adds its
     * two texts. Public like {@link #bakedPng}.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void bakedPngs(List<Award> all, BiConsumer<Award, byte[]> each) {
        Map<String, Baking.PngTemplate> images = new HashMap<>();
        for (Award a : all) {
            Baking.PngTemplate image = images.computeIfAbsent(
                    a.getBadgeId() + "/" + a.getLanguage(),
                    k -> Baking.pngTemplate(badges.png(a.getBadgeId(), a.getLanguage(), 512)));
            each.accept(a, image.bake(assertionJson(a), a.getCredential()));
        }
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
    public record PublishedStatusList(String json, Instant signedAt) {}

    /** Public like the credentials that point to it; read as stored, never signed on request. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublishedStatusList> statusList(long organisationId) {
        return statusLists
                .published(organisationId)
                .map(l -> new PublishedStatusList(l.getCredential(), l.getSignedAt()));
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
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        boolean organisationAdmin = me.organisationIds().contains(organisationId)
                && accounts.myMemberships().stream()
                        .anyMatch(
                                m -> m.getOrganisationId() == organisationId && m.getRole() == OrganisationRole.ADMIN);
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

    /**
     * Fetches an issuer's hosted Open Badges 2.0 document for {@link #verifyFetching}; the caller owns the network
     * rules (which addresses, sizes and times). A refused fetch throws (e.g. a {@link UserError}); an HTTP answer is
     * returned as it came.
     */
    @FunctionalInterface
    public interface Fetcher {
        Hosted get(String url);
    }

    /** An HTTP answer: its status and, for 200, the JSON body. */
    public record Hosted(int status, String body) {}

    /**
     * Checks a badge as {@link #verify} does; another issuer's 2.0 assertion or hosted link is moreover checked
     * against the copy the issuer hosts (fetched by {@code hosted}): intact and same-origin, it is at best "issued
     * by an issuer Mesta does not know" ({@link Verification.Status#UNKNOWN_ISSUER}, version 2.0, the issuer's id
     * as signer). For a signed-in person bringing their own badge, never for the anonymous page.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Verification verifyFetching(byte[] file, String pasted, String email, Fetcher hosted) {
        return verifier.verify(file, pasted, email, hosted);
    }
}
