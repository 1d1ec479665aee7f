package org.mesta.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mesta.SignedIn.*;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.badge.ui.ApplyView;
import org.mesta.badge.ui.AwardView;
import org.mesta.base.Role;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.mesta.security.MyDataService;
import org.mesta.security.RegistrationDraft;
import org.mesta.security.RegistrationService;
import org.mesta.workspace.LearnerWorkspaceView;
import org.springframework.beans.factory.annotation.Autowired;

/** The data-rights screens as a person uses them: consent page, My data, the privacy notice and the banners. */
class DataRightsViewsTest extends ViewTest {

    @Autowired
    GreenMail smtp;

    @Autowired
    RegistrationService registration;

    @Autowired
    CityService cities;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    AccountService accounts;

    @Autowired
    MyDataService myData;

    @BeforeEach
    void start() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        english();
    }

    private void registerMinor(String email, String guardian) {
        registration.register(new RegistrationDraft(
                "Mini",
                email,
                "long enough pw",
                cities.findCityBySlug("ljubljana").orElseThrow().getId(),
                "en",
                LocalDate.now().minusYears(13),
                guardian,
                true));
    }

    private String consentToken(String guardian) {
        return await().pollInSameThread()
                .until(
                        () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(m -> {
                                    try {
                                        return m.getAllRecipients()[0]
                                                .toString()
                                                .equals(guardian);
                                    } catch (Exception e) {
                                        return false;
                                    }
                                })
                                .map(m -> {
                                    try {
                                        Matcher t = Pattern.compile("/consent/([A-Za-z0-9_-]+)")
                                                .matcher((String) m.getContent());
                                        return t.find() ? t.group(1) : null;
                                    } catch (Exception e) {
                                        return null;
                                    }
                                })
                                .filter(t -> t != null)
                                .findFirst()
                                .orElse(null),
                        t -> t != null);
    }

    @Test
    void a_guardian_reads_what_mesta_keeps_agrees_and_later_withdraws() {
        registerMinor("mini.view@example.org", "guardian.view@example.org");
        String token = consentToken("guardian.view@example.org");
        ConsentView view = navigate("consent/" + token, ConsentView.class);
        assertThat(view.title.getText()).isEqualTo("Mini asks for your consent");
        assertThat(view.state.getText()).isEqualTo("Waiting for your answer.");
        assertThat(view.withdraw.isVisible()).isFalse();
        test(view.agree).click();
        assertThat(view.state.getText()).startsWith("You agreed.");
        assertThat(view.agree.isVisible()).isFalse();
        test(view.withdraw).click();
        assertThat(view.state.getText()).isEqualTo("You withdrew your consent. The account is limited.");
    }

    @Test
    void a_limited_learner_sees_why_and_cannot_send_an_application() {
        registerMinor("mini.limited@example.org", "guardian.limited@example.org");
        long badge = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        login("mini.limited@example.org");
        navigate(LearnerWorkspaceView.class);
        assertThat($(Div.class).id("confirm-banner").isVisible()).isTrue();
        assertThat(text($(Div.class).id("limited-banner"))).contains("guardian.limited@example.org");
        ApplyView apply = navigate("badges/apply/" + badge, ApplyView.class);
        assertThat(apply).isNotNull();
        assertThat($(Paragraph.class).id("apply-limited").isVisible()).isTrue();
        assertThat($(Button.class).all())
                .filteredOn(b -> b.getText().equals(apply.getTranslation("application.send")))
                .singleElement()
                .matches(b -> !b.isEnabled());
    }

    @Test
    void a_confirmed_adult_sees_no_banner() {
        login(LEARNER);
        navigate(LearnerWorkspaceView.class);
        assertThat($(Div.class).withId("confirm-banner").exists()).isFalse();
        assertThat($(Div.class).withId("limited-banner").exists()).isFalse();
    }

    @Test
    void my_data_offers_the_download_and_refuses_deletion_with_a_wrong_password() {
        login(LEARNER);
        MyDataView view = navigate(MyDataView.class);
        assertThat(view.download.getHref()).isNotBlank();
        test(view.password).setValue("not my password");
        test(view.delete).click();
        assertThat(notifications()).contains("The current password is not right.");
        assertThat(users.loadUserByUsername(LEARNER)).isNotNull();
    }

    @Test
    void the_award_page_of_a_deleted_account_no_longer_shows_the_badge() {
        as(
                users,
                NETWORK_ADMIN,
                () -> accounts.createAccount(
                        "gone.view@example.org", "Gone", "long enough pw", null, "en", Set.of(Role.LEARNER)));
        long badge = as(users, PROVIDER, () -> BadgeTestData.published(badges).getId());
        String publicId = as(users, PROVIDER, () -> awards.award(badge, List.of("gone.view@example.org"), "en"))
                .getFirst()
                .getPublicId();
        run(users, "gone.view@example.org", () -> myData.deleteMyAccount("long enough pw"));
        navigate("awards/" + publicId, AwardView.class);
        assertThat($(Paragraph.class).id("award-gone").getText())
                .startsWith("The person who received this badge deleted their Mesta account");
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().contains("badge.png"));
    }

    @Test
    void the_privacy_notice_covers_every_section_in_english_and_slovenian() {
        PrivacyView view = navigate(PrivacyView.class);
        assertThat($(H3.class).all()).hasSize(PrivacyView.SECTIONS.length);
        assertThat(text(view))
                .contains("Slovenia 15", "Lithuania and Italy 14", "7 days", "gone")
                .doesNotContain("!{");
    }

    @Test
    void the_privacy_notice_reads_in_slovenian() {
        slovenian();
        PrivacyView view = navigate(PrivacyView.class);
        assertThat(text(view)).contains("Obvestilo o zasebnosti", "Slovenija 15", "7 dneh");
    }
}
