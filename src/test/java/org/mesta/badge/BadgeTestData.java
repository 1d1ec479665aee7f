package org.mesta.badge;

import org.mesta.base.MestaUser;

/** Badges for tests: a complete, publishable draft, and a published badge of the signed-in provider's organisation. */
public final class BadgeTestData {

    private BadgeTestData() {}

    public static BadgeDraft complete(BadgeDesign design) {
        return BadgeServiceTest.complete(design);
    }

    /** Designs, completes and publishes a standard badge for the signed-in member's (first) organisation. */
    public static Badge published(BadgeService badges) {
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(org, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), complete(BadgeDesign.standard()));
        return badges.publish(b.getId(), b.getVersion());
    }
}
