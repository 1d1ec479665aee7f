package org.mesta.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.base.MestaUser;
import org.mesta.base.TooManyAttempts;
import org.mesta.base.UserError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A missing id ends on "not found", someone else's on "not allowed" — translated, never the framework's 500. */
class ErrorPagesTest extends ViewTest {

    @Autowired
    BadgeService badges;

    @BeforeEach
    void inEnglish() {
        english();
    }

    private Component open(String location) {
        UI.getCurrent().navigate(location);
        return (Component) getCurrentView();
    }

    @Test
    void an_unknown_public_opportunity_shows_not_found() {
        assertThat(open("opportunities/987654321")).isInstanceOf(NotFoundView.class);
        assertThat(text((Component) getCurrentView())).contains("Nothing here");
    }

    @Test
    void a_missing_id_refused_by_a_service_shows_not_found_in_the_person_s_language() {
        login(SignedIn.PROVIDER);
        slovenian();
        Component page = open("provider/opportunity/987654321");
        assertThat(page).isInstanceOf(UserErrorView.class);
        assertThat(text(page)).contains("Tukaj ni ničesar");
        assertThat(((UserErrorView) page).getPageTitle()).isEqualTo("Tukaj ni ničesar");
    }

    @Test
    void someone_else_s_draft_badge_shows_not_allowed_with_a_title() {
        SignedIn.as(users, SignedIn.PROVIDER);
        long org = MestaUser.require().organisationIds().iterator().next();
        Badge draft = badges.create(org, BadgeDesign.standard());
        login(SignedIn.LEARNER);
        english();
        Component page = open("badges/apply/" + draft.getId());
        assertThat(page).isInstanceOf(NotAllowedView.class);
        assertThat(text(page)).contains("This page is not for your account");
        assertThat(((NotAllowedView) page).getPageTitle()).isEqualTo("This page is not for your account");
    }

    @Test
    void the_error_pages_answer_404_and_403() {
        assertThat(new NotFoundView()
                        .setErrorParameter(
                                null, new ErrorParameter<>(NotFoundException.class, new NotFoundException())))
                .isEqualTo(404);
        assertThat(new UserErrorView()
                        .setErrorParameter(
                                null, new ErrorParameter<>(UserError.class, new UserError("error.not-found"))))
                .isEqualTo(404);
        assertThat(new NotAllowedView()
                        .setErrorParameter(
                                null,
                                new ErrorParameter<>(
                                        AccessDeniedException.class, new AccessDeniedException("not yours"))))
                .isEqualTo(403);
    }

    @Test
    void a_rate_limit_refusal_says_how_long_to_wait_and_answers_503_with_retry_after() {
        UserErrorView page = new UserErrorView();
        int status = page.setErrorParameter(
                null, new ErrorParameter<>(UserError.class, TooManyAttempts.after(Duration.ofSeconds(150))));

        assertThat(status).isEqualTo(503);
        assertThat(page.getPageTitle()).isEqualTo("Too many attempts");
        assertThat(text(page)).contains("Too many attempts \u2014 try again in 3 minutes.");
        assertThat(((VaadinServletResponse) VaadinResponse.getCurrent())
                        .getHttpServletResponse()
                        .getHeader("Retry-After"))
                .isEqualTo("180");
    }
}
