package org.mesta.badge.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;
import static org.mesta.badge.EndorsementTestData.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.Endorsement;
import org.mesta.badge.EndorsementService;
import org.mesta.badge.OpenBadgesService;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** provider/endorsements and the endorsement sections of the award, apply, verify and badges pages. */
class EndorsementViewsTest extends ViewTest {

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    @Autowired
    EndorsementService endorsements;

    @Autowired
    CityService cities;

    private Organisation youthCentre() {
        return ljubljana(cities, "Youth Centre");
    }

    private Badge libraryBadge() {
        return publishedOf(ljubljana(cities, "Library").getId(), badges);
    }

    private Endorsement endorse(Badge b, String comment) {
        long org = youthCentre().getId();
        return as(users, PROVIDER, () -> endorsements.endorse(org, b.getId(), comment, "en"));
    }

    @Test
    void a_provider_endorses_another_organisation_s_badge_on_the_endorsements_screen_and_withdraws_it() {
        Badge b = libraryBadge();
        login(PROVIDER);
        english();
        EndorsementsView view = navigate(EndorsementsView.class);
        assertThat(text(view)).contains("Endorse badges", "Endorsements your organisation has given");
        var grid = test(view.candidates);
        int row = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).badge().getId().equals(b.getId()))
                .findFirst()
                .orElseThrow();
        Button endorse = (Button) grid.getCellComponent(row, 2);
        assertThat(endorse.getText()).isEqualTo("Endorse");
        test(endorse).click();
        EndorseDialog dialog = $(EndorseDialog.class).first();
        test(dialog.send).click();
        assertThat(dialog.comment.isInvalid()).isTrue();
        assertThat(dialog.comment.getErrorMessage()).isEqualTo("Write a short comment.");
        test(dialog.comment).setValue("Our volunteers came back from this course full of ideas.");
        test(dialog.send).click();
        assertThat(notifications()).anyMatch(n -> n.startsWith("Endorsement published"));
        assertThat(text(view.given)).contains("Our volunteers came back from this course full of ideas.");
        assertThat(((Button) test(view.candidates).getCellComponent(row, 2)).getText())
                .isEqualTo("Endorsed");
        assertThat(endorsements.ofBadge(b.getId(), "en")).hasSize(1);

        Button withdraw = $(Button.class).from(view.given).all().stream()
                .filter(x -> x.getText().equals("Withdraw"))
                .findFirst()
                .orElseThrow();
        test(withdraw).click();
        assertThat(notifications()).contains("Endorsement withdrawn.");
        assertThat(endorsements.ofBadge(b.getId(), "en")).isEmpty();
    }

    @Test
    void the_award_apply_and_verify_pages_show_active_endorsements_only() {
        Badge b = libraryBadge();
        Endorsement e = endorse(b, "A badge that means real work in the maker space.");
        Award a = asAdminOf(
                b.getOrganisationId(),
                () -> awards.award(b.getId(), List.of("ana@example.org"), "en").getFirst());
        english();
        AwardView award = navigate("awards/" + a.getPublicId(), AwardView.class);
        assertThat(award.endorsed.isVisible()).isTrue();
        assertThat(text(award.endorsed))
                .contains("Endorsed by " + youthCentre().getName() + ":")
                .contains("A badge that means real work in the maker space.");

        UI.getCurrent().navigate("verify", QueryParameters.of("url", openBadges.credentialUrl(a.getPublicId())));
        VerifyView verify = (VerifyView) getCurrentView();
        assertThat(text(verify.result))
                .contains("Endorsed by " + youthCentre().getName() + " — verified")
                .contains("A badge that means real work in the maker space.");

        login(LEARNER);
        english();
        ApplyView apply = navigate("badges/apply/" + b.getId(), ApplyView.class);
        assertThat(text(apply.endorsed)).contains("A badge that means real work in the maker space.");
        SecurityContextHolder.clearContext();

        as(users, PROVIDER, () -> endorsements.withdraw(e.getId()));
        award = navigate("awards/" + a.getPublicId(), AwardView.class);
        assertThat(award.endorsed.isVisible()).isFalse();
    }

    @Test
    void the_endorsed_organisation_sees_the_endorsements_of_its_badges_on_its_badges_screen() {
        Badge b = libraryBadge();
        endorse(b, "Thank you for the study groups.");
        BadgesView view = asAdminOf(b.getOrganisationId(), () -> {
            english();
            return navigate(BadgesView.class);
        });
        Details endorsed = view.endorsed;
        assertThat(endorsed.getSummaryText()).startsWith("Endorsements of your badges (");
        assertThat(text(endorsed))
                .contains("Thank you for the study groups.", youthCentre().getName());
    }

    @Test
    void learners_cannot_open_the_endorsements_screen() {
        login(LEARNER);
        navigate("provider/endorsements", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(EndorsementsView.class);
    }
}
