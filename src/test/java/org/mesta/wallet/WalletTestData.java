package org.mesta.wallet;

import static org.mesta.SignedIn.*;

import java.util.List;
import java.util.Map;
import org.mesta.badge.Alignment;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A badge of its own (a unique name and tags) awarded by the demo provider's organisation to someone. */
public final class WalletTestData {

    private WalletTestData() {}

    public static Award awarded(
            UserDetailsService users,
            BadgeService badges,
            AwardService awards,
            String name,
            List<String> tags,
            String to) {
        long badge = published(users, badges, name, tags);
        return as(users, PROVIDER, () -> awards.award(badge, List.of(to), "sl").getFirst());
    }

    /** A published badge of the demo provider's organisation with this (Slovenian) name and these tags. */
    public static long published(UserDetailsService users, BadgeService badges, String name, List<String> tags) {
        return as(users, PROVIDER, () -> {
            long org = MestaUser.require().organisationIds().iterator().next();
            Badge b = badges.create(org, BadgeDesign.standard());
            b = badges.save(
                    b.getId(),
                    b.getVersion(),
                    new BadgeDraft(
                            BadgeDesign.standard(),
                            Map.of(
                                    "sl",
                                    new BadgeTexts(
                                            name,
                                            "2026",
                                            "Ljubljana",
                                            "Za preizkus denarnice.",
                                            "Sodeluj pri preizkusu.",
                                            "")),
                            "https://example.org/merila",
                            tags,
                            List.of(new Alignment("ESCO", "https://esco.ec.europa.eu/", "S1.2")),
                            null));
            return badges.publish(b.getId(), b.getVersion()).getId();
        });
    }
}
