package org.mesta.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.LEARNER;
import static org.mesta.SignedIn.PROVIDER;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.base.RateLimits;
import org.mesta.base.RateLimitsTestAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Claim codes, verification and applications are bounded; the person reads how long to wait next to the form. */
class RateLimitedBadgeViewsTest extends ViewTest {

    static final String TOO_MANY = "Too many attempts \u2014 try again in \\d+ (minutes?|seconds?)\\.";

    @Autowired
    RateLimits limits;

    @Autowired
    BadgeService badges;

    @BeforeEach
    @AfterEach
    void forget() {
        RateLimitsTestAccess.forgetAll(limits);
    }

    @Test
    void guessing_claim_codes_stops_after_the_limit_for_the_learner() {
        login(LEARNER);
        english();
        ClaimView claim = navigate(ClaimView.class);
        test(claim.code).setValue("ZZZZZ-ZZZZZ");
        for (int i = 0; i < RateLimits.Action.CLAIM.perAccount(); i++) {
            test(claim.redeem).click();
            assertThat(claim.code.getErrorMessage())
                    .isEqualTo("There is no badge with this code. Check the letters and numbers.");
        }
        test(claim.redeem).click();
        assertThat(claim.code.isInvalid()).isTrue();
        assertThat(claim.code.getErrorMessage()).matches(TOO_MANY);
    }

    @Test
    void anonymous_verifications_from_one_address_stop_after_the_limit() {
        SecurityContextHolder.clearContext();
        slovenian();
        VerifyView verify = navigate(VerifyView.class);
        test(verify.pasted).setValue("{\"hello\": \"world\"}");
        for (int i = 0; i < RateLimits.Action.VERIFY.perAddress(); i++) {
            test(verify.check).click();
            assertThat(verify.result.getChildren().count()).isGreaterThan(1); // a verdict, not a refusal
        }
        test(verify.check).click();
        assertThat(text(verify.result)).startsWith("Preveč poskusov \u2014 poskusi znova čez ");
    }

    @Test
    void a_learner_cannot_send_applications_without_end() {
        login(PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        login(LEARNER);
        english();
        ApplyView apply = navigate("badges/apply/" + b.getId(), ApplyView.class);
        for (int i = 0; i < RateLimits.Action.APPLY.perAccount(); i++) {
            test(apply.send).click(); // without text: refused by the service, but an attempt all the same
            assertThat(apply.text.getErrorMessage()).isEqualTo("Tell the reviewers what you did.");
        }
        test(apply.send).click();
        assertThat(apply.text.isInvalid()).isTrue();
        assertThat(apply.text.getErrorMessage()).matches(TOO_MANY);
    }
}
