package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeStatus;
import org.mesta.badge.EndorsementTestData;
import org.mesta.badge.OpenBadgesService;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Endorsing in a real browser: the demo provider (Ljubljana youth centre) finds the Ljubljana library's "Fact
 * checker" badge on provider/endorsements and endorses it; the page of an award of that badge then shows the
 * endorsement, and so does the verification page. Screenshots at 1280×800 and 390×844 go to /tmp/shots-endorse.
 */
class EndorsementIT extends BrowserTest {

    static final Path SHOTS = Path.of("/tmp/shots-endorse");
    static final String COMMENT = "Our youth workers use this checklist too: it teaches real care with sources.";

    @Autowired
    TranslationProvider translations;

    @Autowired
    CityService cities;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    OpenBadgesService openBadges;

    private final Locale locale = Locale.ENGLISH;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private void shoot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        page.setViewportSize(1280, 800);
        page.waitForTimeout(400);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-1280.png")));
        page.setViewportSize(390, 844);
        page.waitForTimeout(600);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-390.png")));
        page.setViewportSize(1280, 800);
        page.waitForTimeout(300);
    }

    @Test
    void a_provider_endorses_another_organisation_s_badge_and_its_award_page_shows_it() throws Exception {
        Organisation library = EndorsementTestData.ljubljana(cities, "Library");
        Organisation youthCentre = EndorsementTestData.ljubljana(cities, "Youth Centre");
        Award award = EndorsementTestData.asAdminOf(library.getId(), () -> {
            Badge checker = badges.mine(BadgeStatus.PUBLISHED, "", PageRequest.of(0, 20)).stream()
                    .filter(b -> b.texts("en").name().equals("Fact checker"))
                    .findFirst()
                    .orElseThrow();
            return awards.award(checker.getId(), List.of("ana.endorse@example.org"), "en")
                    .getFirst();
        });

        page.setViewportSize(1280, 800);
        signIn("provider@mesta.example", DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("language.en")))
                .click();
        page.waitForTimeout(800);
        open("provider/endorsements");
        // Every demo city's library has a "Fact checker": the search narrows the list to Ljubljana's.
        page.locator("#endorse-search input").fill(library.getName());
        page.locator("#endorse-search input").press("Enter");
        // The grid first shows the whole network's badges (a lazily rendered few, maybe one "Fact checker" among
        // them); only after the search's round trip does it hold the library's alone.
        Locator libraryRows = page.locator("vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(library.getName()));
        Locator allEndorse = page.locator(
                "vaadin-button[aria-label^='" + t("endorse.action-named", "").trim() + "']:visible");
        page.waitForCondition(
                () -> allEndorse.count() > 0 && allEndorse.count() == libraryRows.count(),
                new Page.WaitForConditionOptions().setTimeout(20_000));
        Locator endorse = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions()
                        .setName(t("endorse.action-named", "Fact checker"))
                        .setExact(true));
        assertThat(endorse).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        page.waitForLoadState();
        shoot("endorsements");
        endorse.click();
        page.locator("#endorse-comment textarea").fill(COMMENT);
        shoot("endorse-dialog");
        page.locator("#endorse-send").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText(t("endorse.sent", library.getName()));
        assertThat(page.locator("#endorse-given")).containsText(COMMENT);
        shoot("endorsements-given");

        open("awards/" + award.getPublicId());
        Locator shown = page.locator("#endorsements");
        assertThat(shown).containsText(t("endorse.shown.by", youthCentre.getName()));
        assertThat(shown).containsText(COMMENT);
        shoot("award-page");

        open("verify?url=" + URLEncoder.encode(openBadges.credentialUrl(award.getPublicId()), StandardCharsets.UTF_8));
        assertThat(page.locator("#verify-endorsements"))
                .containsText(t("verify.endorsement.verified", youthCentre.getName(), COMMENT, "")
                        .replace(" ()", ""));
        shoot("verify-page");
        assertNoConsoleErrors();
    }
}
