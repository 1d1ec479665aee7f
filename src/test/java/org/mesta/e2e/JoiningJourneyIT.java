package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.pathway.JoiningTestData.LJUBLJANA;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.BadgeService;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.PublicOpportunities;
import org.mesta.opportunity.PublicOpportunity;
import org.mesta.pathway.JoiningTestData;
import org.mesta.security.EmailConfirmationService;
import org.mesta.security.RegistrationDraft;
import org.mesta.security.RegistrationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Taking part in two browsers: a new learner joins a session on the public page; the organiser opens the check-in
 * screen; the learner's browser opens the address read from the QR code in a screenshot of the organiser's screen
 * and is checked in; the organiser sees them arrive and awards the badge to those who came; the badge waits in the
 * learner's wallet. Screens are photographed at desktop and phone sizes (target/screenshots and /tmp/shots-joining).
 */
class JoiningJourneyIT extends BrowserTest {

    private static final String PASSWORD = "journey joining pw 2026";
    private static final Path SHOTS = Path.of("/tmp/shots-joining");

    @Autowired
    TranslationProvider translations;

    @Autowired
    RegistrationService registration;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @Autowired
    BadgeService badges;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities published;

    @Autowired
    EmailConfirmationService confirmation;

    @Autowired
    GreenMail smtp;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, Locale.ENGLISH, args);
    }

    /** The demo organiser reads Mesta in Slovenian (their account's language). */
    private String sl(String key, Object... args) {
        return translations.getTranslation(key, Locale.forLanguageTag("sl"), args);
    }

    @Test
    void a_learner_joins_checks_in_by_the_organisers_qr_code_and_finds_the_badge_in_the_wallet() throws Exception {
        Files.createDirectories(SHOTS);
        LocalDateTime start =
                LocalDateTime.now(LJUBLJANA).plusMinutes(30).withSecond(0).withNano(0);
        PublicOpportunity o = JoiningTestData.published(
                users, opportunities, moderation, published, badges, 8, true, false, start, start.plusDays(7));
        long key = start.atZone(LJUBLJANA).toEpochSecond();
        String badgeName = SignedIn.as(
                users,
                SignedIn.PROVIDER,
                () -> badges.get(o.badges().getFirst()).texts("en").name());
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "joining-" + unique + "@example.org";
        registration.register(new RegistrationDraft(
                "Jana Journey",
                email,
                PASSWORD,
                cities.findCityBySlug("ljubljana").orElseThrow().getId(),
                "en",
                LocalDate.of(2001, 3, 4),
                null,
                true));
        // The wallet shows badges sent to a confirmed address only.
        confirmation.confirm(Journeys.confirmationToken(smtp, email));

        // 1. The learner joins on the public page (their own browser).
        Page learner = secondBrowser();
        signIn(learner, email, PASSWORD);
        learner.navigate(url("opportunities/" + o.id()));
        learner.locator("#join-" + key).click();
        assertThat(learner.locator("#my-place-" + key)).hasText(t("joining.sessions.you-joined"));
        shot(learner, "opportunity-sessions", "#sessions");

        // 2. The organiser opens the check-in screen; the QR code is read from a picture of it.
        signIn(page, SignedIn.PROVIDER, SignedIn.DEMO_PASSWORD);
        page.navigate(url("provider/check-in/" + o.id() + "/" + key));
        Locator qr = page.locator("#check-in-qr svg");
        qr.waitFor();
        shot(page, "check-in-screen", null);
        String decoded = Journeys.decodeQr(page.locator("#check-in-qr").screenshot());
        URI scanned = URI.create(decoded);
        assertThat(scanned.getPath()).startsWith("/checkin/" + o.id() + "." + key + ".");

        // 3. The learner's phone opens the scanned address: checked in.
        learner.setViewportSize(390, 844);
        learner.navigate(url(scanned.getPath().substring(1)));
        Locator answer = learner.locator("#check-in-answer");
        assertThat(answer).hasAttribute("data-result", "checked_in");
        shot(learner, "check-in-phone", null);

        // 4. The organiser sees them arrive (the screen asks every few seconds), then awards those who came.
        assertThat(page.locator("#check-in-count")).hasText(sl("joining.screen.count", 1, 1));
        assertThat(page.locator("#checked-in-names")).containsText("Jana Journey");
        page.navigate(url("provider/participants/" + o.id() + "/" + key));
        assertThat(page.locator("#participant-counts")).hasText(sl("joining.organiser.counts", 1, 0, 1));
        shot(page, "participants", null);
        page.locator("#award-checked-in").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText(sl("joining.organiser.awarded", 1));

        // 5. The badge waits in the learner's wallet; their sessions list shows where they were.
        // The wallet hears of the award after it is stored (an event): look again until it is there.
        for (int i = 0; i < 20; i++) {
            learner.navigate(url("my/badges"));
            learner.waitForSelector("vaadin-app-layout");
            if (learner.locator("#wallet-waiting").count() > 0) break;
            learner.waitForTimeout(1000);
        }
        assertThat(learner.locator("#wallet-waiting")).containsText(badgeName);
        shot(learner, "wallet", null);
        learner.navigate(url("my/sessions"));
        assertThat(learner.locator("#my-upcoming-sessions"))
                .containsText(o.texts("en").title());
        shot(learner, "my-sessions", null);
        learner.navigate(url("learner"));
        assertThat(learner.locator("#block-next-sessions"))
                .containsText(o.texts("en").title());
        shot(learner, "learner-dashboard", null);
    }

    /** The page at desktop and phone width (the phone one must not scroll sideways). */
    private void shot(Page p, String name, String element) {
        var size = p.viewportSize();
        for (int[] s : List.of(new int[] {1280, 800}, new int[] {390, 844})) {
            p.setViewportSize(s[0], s[1]);
            p.waitForTimeout(300);
            p.screenshot(
                    new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + "-" + s[0] + ".png")));
            if (s[0] == 390) {
                Object wide = p.evaluate("() => document.documentElement.scrollWidth");
                assertThat(((Number) wide).intValue())
                        .as(name + " fits a phone")
                        .isLessThanOrEqualTo(390);
            }
        }
        p.setViewportSize(size.width, size.height);
    }
}
