package org.mesta.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeDraft;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTexts;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A pathway from composing to its milestone, in real browsers: an organiser builds it in the editor and submits it,
 * a moderator approves it, a learner finds it on the city page's Pathways tab and enrols, receives the step badge
 * and then finds the milestone badge waiting in the wallet. Screenshots of each screen at desktop and phone sizes
 * go to /tmp/shots-pathways.
 */
class PathwayJourneyIT extends BrowserTest {

    static final Path SHOTS = Paths.get("/tmp/shots-pathways");

    @Autowired
    TranslationProvider translations;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    AccountService accounts;

    @Autowired
    CityService cities;

    @Autowired
    UserDetailsService users;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, Locale.ENGLISH, args);
    }

    private long badge(String name) {
        long org = MestaUser.require().organisationIds().iterator().next();
        BadgeTexts words = new BadgeTexts(name, "2026", "Ljubljana", "For the journey.", "Took part.", name);
        Badge b = badges.create(org, BadgeDesign.standard());
        b = badges.save(
                b.getId(),
                b.getVersion(),
                new BadgeDraft(
                        BadgeDesign.standard(), Map.of("en", words, "sl", words), null, List.of(), List.of(), null));
        return badges.publish(b.getId(), b.getVersion()).getId();
    }

    /** The screen at 1280 × 800 and at 390 × 844 (a phone). */
    private void shots(Page p, String name) throws Exception {
        Files.createDirectories(SHOTS);
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
        Object overflow = p.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        p.setViewportSize(1280, 860);
        assertThat(overflow).as(name + " scrolls sideways on a phone").isEqualTo(false);
    }

    private void pick(Page p, String combo, String text) {
        p.locator(combo + " input").fill(text);
        p.waitForTimeout(700);
        p.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(text))
                .first()
                .click();
    }

    @Test
    void an_organiser_builds_a_pathway_a_moderator_approves_a_learner_enrols_and_earns_the_milestone()
            throws Exception {
        String learner = "journey.pathway@example.org";
        SignedIn.as(users, NETWORK_ADMIN);
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        accounts.createAccount(learner, "Jana Journey", "long enough pw", ljubljana, "en", EnumSet.of(Role.LEARNER));
        SignedIn.as(users, PROVIDER);
        long stepBadge = badge("Journey step badge");
        badge("Journey milestone");
        SecurityContextHolder.clearContext();

        // The organiser composes and submits.
        signIn(PROVIDER, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        open("organiser/pathways");
        page.locator("#pathway-new").click();
        page.waitForURL(u -> u.contains("/organiser/pathway/"));
        String id = page.url().replaceAll(".*/organiser/pathway/(\\d+).*", "$1");
        page.locator("#pathway-title-field input").first().fill("Journey pathway");
        page.locator("#pathway-title-field input").nth(1).fill("Journey pathway");
        page.locator("#pathway-story-field textarea").first().fill("A pathway walked in a real browser.");
        // The organiser's screens are in their own language (the demo provider's is Slovenian): ids, not labels.
        page.locator("#pathway-theme").click();
        page.locator("vaadin-select-item").nth(3).click();
        page.locator("#pathway-step-choice input").press("ArrowDown");
        page.waitForTimeout(700);
        page.locator("#pathway-step-choice input").press("ArrowDown");
        page.locator("#pathway-step-choice input").press("Enter");
        page.locator("#pathway-step-add").click();
        pick(page, "#pathway-step-choice", "Journey step badge");
        page.locator("#pathway-step-add").click();
        // The opportunity becomes optional, so the badge alone completes the pathway.
        page.locator("#pathway-editor-step-1 vaadin-checkbox").click();
        page.locator("#pathway-editor-step-1 vaadin-button").nth(1).click(); // move it down
        pick(page, "#pathway-milestone", "Journey milestone");
        shots(page, "editor");
        page.locator("#pathway-submit").click();
        page.waitForFunction("() => document.querySelector('#pathway-save').hasAttribute('disabled')");

        // The moderator approves.
        Page other = secondBrowser();
        other.navigate(url("login"));
        other.fill("input[name=username]", MODERATOR);
        other.fill("input[name=password]", DEMO_PASSWORD);
        other.click("vaadin-button[slot=submit]");
        other.waitForURL(u -> !u.contains("/login"));
        other.navigate(url("moderation/pathways"));
        other.waitForSelector("#pathway-queue");
        shots(other, "moderation-queue");
        other.navigate(url("moderation/pathways/" + id));
        other.locator("#pathway-approve").click();
        other.waitForURL(u -> u.endsWith("/moderation/pathways"));

        // The learner finds it on the city page's Pathways tab and enrols.
        otherContext.clearCookies();
        other.navigate(url("login"));
        other.fill("input[name=username]", learner);
        other.fill("input[name=password]", "long enough pw");
        other.click("vaadin-button[slot=submit]");
        other.waitForURL(u -> !u.contains("/login"));
        other.navigate(url("cities/ljubljana"));
        other.locator("#tab-pathways").click();
        other.locator("#pathway-card-" + id).waitFor();
        shots(other, "city-pathways-tab");
        other.locator("#pathway-card-" + id + " a").click();
        other.waitForURL(u -> u.endsWith("/pathways/" + id));
        other.locator("#pathway-enrol").click();
        other.locator("#pathway-leave").waitFor();
        shots(other, "pathway-page");

        // The step badge arrives: the milestone badge follows into the wallet.
        SignedIn.as(users, PROVIDER);
        awards.award(stepBadge, List.of(learner), "en");
        SecurityContextHolder.clearContext();
        boolean arrived = false;
        for (int i = 0; i < 20 && !arrived; i++) {
            other.navigate(url("my/badges"));
            other.waitForSelector("vaadin-app-layout");
            other.waitForTimeout(1000);
            arrived = other.content().contains("Journey milestone");
        }
        assertThat(arrived).as("the milestone badge waits in the wallet").isTrue();
        shots(other, "wallet-milestone");
        other.navigate(url("my/pathways"));
        other.locator("#my-pathways").waitFor();
        assertThat(other.locator("#my-pathways").textContent()).contains(t("pathway.progress.complete"));
        shots(other, "my-pathways");
        page.navigate(url("organiser/pathway/" + id));
        page.locator("#pathway-figures").waitFor();
        shots(page, "editor-figures");
    }
}
