package org.mesta.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.PROVIDER;

import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.DccForger;
import org.mesta.base.MestaUser;
import org.mesta.city.CityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The verification page says no more than the cryptography proves, in the visitor's language. */
class VerifyViewTest extends ViewTest {

    static final String MOJCA = "mojca@example.org";

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    CityService cities;

    @Test
    void a_stranger_s_copy_is_tampered_and_a_stranger_s_own_badge_is_only_signed_by_an_unknown_key() throws Exception {
        login(PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        String ourName = cities.findOrganisation(organisation).orElseThrow().getName();
        Badge b = badges.create(organisation, BadgeDesign.standard());
        b = badges.save(b.getId(), b.getVersion(), BadgeTestData.complete(BadgeDesign.standard()));
        b = badges.publish(b.getId(), b.getVersion());
        Award a = awards.award(b.getId(), List.of(MOJCA), "en").getFirst();
        SecurityContextHolder.clearContext();
        Map<String, DccForger.Forged> forged = DccForger.sign(
                DccForger.Job.of("copy", DccForger.parse(a.getCredential()), "mallory")
                        .issuerIs("mallory"),
                DccForger.Job.of("elsewhere", DccForger.elsewhere(MOJCA), "mallory")
                        .issuerIs("mallory"));

        english();
        VerifyView view = navigate(VerifyView.class);
        test(view.pasted).setValue(forged.get("copy").credential().toString());
        test(view.check).click();
        assertThat(text(view.result))
                .contains("Tampered", "not issued by whom it claims")
                .doesNotContain(ourName, "Issued by", "Valid");

        test(view.pasted).setValue(forged.get("elsewhere").credential().toString());
        test(view.email).setValue(MOJCA);
        test(view.check).click();
        assertThat($(Span.class).id("verify-status").getText()).isEqualTo("Signed by an issuer Mesta does not know");
        assertThat(text(view.result))
                .contains(
                        "Signed with the key: " + forged.get("elsewhere").signerDid(),
                        "It names this e-mail address as its recipient.")
                .doesNotContain("Elsewhere Academy", "Issued by");

        test(view.pasted).setValue(a.getCredential());
        test(view.check).click();
        assertThat(text(view.result))
                .contains("Valid", "Issued by: " + ourName, "It was awarded to this e-mail address.");

        slovenian();
        view = navigate(VerifyView.class);
        test(view.pasted).setValue(forged.get("elsewhere").credential().toString());
        test(view.check).click();
        assertThat(text(view.result))
                .contains("Podpisal jo je izdajatelj, ki ga Mesta ne pozna", "Podpisano s ključem: did:key:");
    }
}
