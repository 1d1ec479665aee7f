package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;
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
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;
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
 * The whole of taking part, in two browsers: the organiser builds a pathway whose step is the badge of an
 * opportunity and submits it; a moderator approves it; a new learner finds it on the city page's Pathways tab and
 * enrols, joins the opportunity's session, and checks in with the address read from the QR code on the organiser's
 * screen; the organiser awards those who came; the step badge and then the milestone badge wait in the learner's
 * wallet and the pathway reads complete. Screens at desktop and phone sizes go to /tmp/shots-pathways.
 */
class PathwayJourneyIT extends BrowserTest {

    static final Path SHOTS = Path.of("/tmp/shots-pathways");
    private static final String PASSWORD = "journey pathway pw 2026";

    @Autowired
    TranslationProvider translations;

    @Autowired
    BadgeService badges;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    PublicOpportunities published;

    @Autowired
    RegistrationService registration;

    @Autowired
    EmailConfirmationService confirmation;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    @Autowired
    GreenMail smtp;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, Locale.ENGLISH, args);
    }

    /** A published badge of the organisation the provider edits for (the same one the pathway and opportunity get). */
    private long badge(String name) {
        MestaUser me = MestaUser.require();
        long org = me.organisationIds().stream()
                .filter(me::editsFor)
                .sorted()
                .findFirst()
                .orElseThrow();
        BadgeTexts words = new BadgeTexts(name, "2026", "Ljubljana", "For the journey.", "Took part.", name);
        Badge b = badges.create(org, BadgeDesign.standard());
        b = badges.save(
                b.getId(),
                b.getVersion(),
                new BadgeDraft(
                        BadgeDesign.standard(), Map.of("en", words, "sl", words), null, List.of(), List.of(), null));
        return badges.publish(b.getId(), b.getVersion()).getId();
    }

    @Test
    void a_learner_enrols_joins_checks_in_by_the_qr_code_and_earns_the_step_and_milestone_badges() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String stepName = "Step " + unique;
        String milestoneName = "Milestone " + unique;
        long[] stepBadge = new long[1];
        SignedIn.as(users, PROVIDER, () -> {
            stepBadge[0] = badge(stepName);
            badge(milestoneName);
            return null;
        });
        LocalDateTime start =
                LocalDateTime.now(LJUBLJANA).plusMinutes(30).withSecond(0).withNano(0);
        PublicOpportunity o = JoiningTestData.published(
                users, opportunities, moderation, published, () -> stepBadge[0], 8, false, start, start.plusDays(7));
        long key = start.atZone(LJUBLJANA).toEpochSecond();
        String email = "pathway-" + unique + "@example.org";
        registration.register(new RegistrationDraft(
                "Pia Pathway",
                email,
                PASSWORD,
                cities.findCityBySlug("ljubljana").orElseThrow().getId(),
                "en",
                LocalDate.of(2002, 5, 6),
                null,
                true));
        confirmation.confirm(Journeys.confirmationToken(smtp, email));

        // 1. The organiser composes the pathway (their screens are in Slovenian: ids, not labels) and submits it.
        signIn(page, PROVIDER, DEMO_PASSWORD);
        open("organiser/pathways");
        page.locator("#pathway-new").click();
        page.waitForURL(u -> u.contains("/organiser/pathway/"));
        String id = page.url().replaceAll(".*/organiser/pathway/(\\d+).*", "$1");
        page.locator("#pathway-title-field input").first().fill("Journey pathway " + unique);
        page.locator("#pathway-title-field input").nth(1).fill("Journey pathway " + unique);
        page.locator("#pathway-story-field textarea").first().fill("A pathway walked in two real browsers.");
        page.locator("#pathway-theme").click();
        page.locator("vaadin-select-item:visible")
                .nth(3)
                .click(); // the open list only (the language switcher has items too)
        pick("#pathway-step-choice", stepName);
        page.locator("#pathway-step-add").click();
        assertThat(page.locator("#pathway-editor-step-1")).containsText(stepName);
        // The session itself is the second step: done when the learner is checked in.
        String title = o.texts("sl").title();
        pick("#pathway-step-choice", title);
        page.locator("#pathway-step-add").click();
        assertThat(page.locator("#pathway-editor-step-2")).containsText(title);
        pick("#pathway-milestone", milestoneName);
        shots(page, "editor");
        page.locator("#pathway-submit").click();
        page.waitForFunction("() => document.querySelector('#pathway-save').hasAttribute('disabled')");

        // 2. A moderator of the city approves it.
        Page other = secondBrowser();
        signIn(other, MODERATOR, DEMO_PASSWORD);
        other.navigate(url("moderation/pathways"));
        other.waitForSelector("#pathway-queue");
        shots(other, "moderation-queue");
        other.navigate(url("moderation/pathways/" + id));
        other.locator("#pathway-approve").click();
        other.waitForURL(u -> u.endsWith("/moderation/pathways"));

        // 3. The learner finds it on the city page's Pathways tab and enrols.
        otherContext.clearCookies();
        signIn(other, email, PASSWORD);
        other.navigate(url("cities/ljubljana"));
        other.locator("#tab-pathways").click();
        other.locator("#pathway-card-" + id).waitFor();
        shots(other, "city-pathways-tab");
        other.locator("#pathway-card-" + id + " a").first().click();
        other.waitForURL(u -> u.endsWith("/pathways/" + id));
        other.locator("#pathway-enrol").click();
        other.locator("#pathway-leave").waitFor();
        assertThat(other.locator("#pathway-step-1")).hasAttribute("data-mark", "next");
        shots(other, "pathway-page");

        // 4. They join the opportunity's session on its page.
        other.navigate(url("opportunities/" + o.id()));
        other.locator("#join-" + key).click();
        assertThat(other.locator("#my-place-" + key)).hasText(t("joining.sessions.you-joined"));

        // 5. At the session the organiser shows the check-in code; the learner's phone opens what it reads.
        page.navigate(url("provider/check-in/" + o.id() + "/" + key));
        page.locator("#check-in-qr svg").waitFor();
        URI scanned = URI.create(Journeys.decodeQr(page.locator("#check-in-qr").screenshot()));
        other.setViewportSize(390, 844);
        other.navigate(url(scanned.getPath().substring(1)));
        assertThat(other.locator("#check-in-answer")).hasAttribute("data-result", "checked_in");
        assertThat(page.locator("#checked-in-names")).containsText("Pia Pathway");
        // Pathways hear of the check-in after it is stored (an event): look again until it shows.
        for (int i = 0; i < 15; i++) {
            other.navigate(url("pathways/" + id));
            other.locator("#pathway-step-2").waitFor();
            if ("done".equals(other.locator("#pathway-step-2").getAttribute("data-mark"))) break;
            other.waitForTimeout(1000);
        }
        assertThat(other.locator("#pathway-step-2")).hasAttribute("data-mark", "done");

        // 6. The organiser awards the opportunity's badge to those who came.
        page.navigate(url("provider/participants/" + o.id() + "/" + key));
        page.locator("#award-checked-in").click();
        page.locator("vaadin-notification-card").first().waitFor();

        // 7. The step badge arrives, and with it the milestone badge (both after events: look again until there).
        other.setViewportSize(1280, 860);
        boolean both = false;
        for (int i = 0; i < 30 && !both; i++) {
            other.navigate(url("my/badges"));
            other.waitForSelector("vaadin-app-layout");
            other.waitForTimeout(1000);
            String wallet = other.locator("main").textContent();
            both = wallet.contains(stepName) && wallet.contains(milestoneName);
        }
        assertThat(both)
                .as("the step and the milestone badge wait in the wallet")
                .isTrue();
        shots(other, "wallet-milestone");
        other.navigate(url("my/pathways"));
        other.locator("#my-pathways").waitFor();
        assertThat(other.locator("#my-pathways")).containsText(t("pathway.progress.complete"));
        shots(other, "my-pathways");
        other.navigate(url("pathways/" + id));
        assertThat(other.locator("#pathway-step-1")).hasAttribute("data-mark", "done");

        // 8. The organiser's figures count one enrolled and one completed.
        page.navigate(url("organiser/pathway/" + id));
        page.locator("#pathway-figures").waitFor();
        assertThat(page.locator("#pathway-figure-completed")).containsText("1");
        shots(page, "editor-figures");
    }

    /** Types into a combo box and chooses the item that shows the text. */
    private void pick(String combo, String text) {
        page.locator(combo + " input").click();
        page.locator(combo + " input").pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(20));
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(text))
                .first()
                .click();
        assertThat(page.locator(combo + " input")).hasValue(Pattern.compile(".*" + text + ".*"));
    }

    /** The screen at 1280 × 800 and at 390 × 844 (a phone, which must not scroll sideways). */
    private void shots(Page p, String name) throws Exception {
        Files.createDirectories(SHOTS);
        var size = p.viewportSize();
        p.setViewportSize(1280, 800);
        p.waitForTimeout(400);
        p.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + "-1280.png"))
                .setFullPage(true));
        p.setViewportSize(390, 844);
        p.waitForTimeout(400);
        p.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve(name + "-390.png"))
                .setFullPage(true));
        Object wide = p.evaluate("() => document.documentElement.scrollWidth");
        p.setViewportSize(size.width, size.height);
        assertThat(((Number) wide).intValue()).as(name + " fits a phone").isLessThanOrEqualTo(390);
    }
}
