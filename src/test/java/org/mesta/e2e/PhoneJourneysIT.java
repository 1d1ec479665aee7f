package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeDesign;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.base.MestaUser;
import org.mesta.base.TranslationProvider;
import org.mesta.campaign.BoardService;
import org.mesta.campaign.Campaign;
import org.mesta.campaign.CampaignKind;
import org.mesta.opportunity.ModerationService;
import org.mesta.opportunity.Opportunity;
import org.mesta.opportunity.OpportunityService;
import org.mesta.opportunity.OpportunityServiceTestData;
import org.mesta.opportunity.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Mesta on a phone (390 × 844, touch): a visitor goes from the front page to a city, switches to the list,
 * opens an opportunity and goes back to the map; an ambassador works the board one column at a time and moves a
 * card with "Move to…"; learners and providers find their screens. On every page nothing scrolls sideways and
 * the main controls are at least 44 px; screenshots of each step are left in target/screenshots.
 */
class PhoneJourneysIT extends BrowserTest {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;
    static final double TOUCH = 44;

    @Autowired
    TranslationProvider translations;

    @Autowired
    OpportunityService opportunities;

    @Autowired
    ModerationService moderation;

    @Autowired
    BoardService campaigns;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    private static boolean published;
    private static String awardId;

    @Autowired
    AwardService awards;
    /** Visitors read English (the browser's language); the demo's Ljubljana people have chosen Slovenian. */
    private Locale locale = Locale.ENGLISH;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    /** Labels are looked for in the language the page is shown in. */
    private void readLanguage() {
        String chosen = page.locator("#language-switcher").innerText();
        locale = chosen.contains(translations.getTranslation("language.sl", Locale.forLanguageTag("sl")))
                ? Locale.forLanguageTag("sl")
                : Locale.ENGLISH;
    }

    @BeforeEach
    void onAPhone() {
        newPhone();
    }

    /** A fresh phone browser (its own cookies): the next person signs in without the last one's page still talking. */
    private void newPhone() {
        context.close();
        context = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale("en-GB")
                        .setViewportSize(WIDTH, HEIGHT)
                        .setDeviceScaleFactor(2)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setTimezoneId("UTC"));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) consoleErrors.add(m.text());
        });
    }

    /** A few opportunities in Ljubljana, two with pictures, so the list has cards to show. */
    private void publishSome() throws Exception {
        if (published) {
            return;
        }
        published = true;
        publish("Comic drawing for beginners", new Color(0xE0, 0x7A, 0x5F), "Teenagers drawing comics at a long table");
        publish("Talking about stress", null, null);
        publish("Repair café at the library", new Color(0x3D, 0x85, 0x6B), "Hands fixing a bicycle lamp");
        SignedIn.as(users, SignedIn.PROVIDER);
        Badge badge = BadgeTestData.published(badges);
        awardId = awards.award(badge.getId(), List.of("mojca@example.org"), "en")
                .getFirst()
                .getPublicId();
        SecurityContextHolder.clearContext();
    }

    private void publish(String title, Color colour, String alt) throws Exception {
        SignedIn.as(users, SignedIn.PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity o = opportunities.create(organisation);
        o = opportunities.saveDraft(o.getId(), o.getVersion(), OpportunityServiceTestData.complete(title), 4);
        if (colour != null) {
            BufferedImage image = new BufferedImage(960, 640, BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            g.setColor(colour);
            g.fillRect(0, 0, 960, 640);
            g.setColor(Color.WHITE);
            g.fillOval(320, 160, 320, 320);
            g.dispose();
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            o = opportunities.setImage(o.getId(), out.toByteArray(), OpportunityServiceTestData.alt("sl", alt));
        }
        o = opportunities.submit(o.getId(), o.getVersion());
        SignedIn.as(users, SignedIn.MODERATOR);
        moderation.decide(o.getId(), o.getVersion(), Status.APPROVED, null);
    }

    private void fitsThePhone(String what) {
        page.waitForTimeout(300); // let the layout settle after Vaadin's last round trip
        // The app layout scrolls its content part, so that is measured as well as the document.
        int width = ((Number) page.evaluate("() => { const l = document.querySelector('vaadin-app-layout');"
                        + " const c = l && l.shadowRoot && l.shadowRoot.querySelector('[part~=content]');"
                        + " return Math.max(document.documentElement.scrollWidth, c ? c.scrollWidth : 0); }"))
                .intValue();
        if (width > WIDTH) {
            // Name the elements that stick out (the innermost ones), so the cause is in the failure message.
            Object wide = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => {"
                    + " const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1"
                    + " && ![...e.children].some(c => c.getBoundingClientRect().right > innerWidth + 1); })"
                    + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replaceAll(/ +/g, '.') : '')"
                    + " + ' right=' + Math.round(e.getBoundingClientRect().right))");
            Object widest = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e =>"
                    + " e.getBoundingClientRect().width > innerWidth + 1"
                    + " && ![...e.children].some(c => c.getBoundingClientRect().width > innerWidth + 1))"
                    + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replaceAll(/ +/g, '.') : '')"
                    + " + ' width=' + Math.round(e.getBoundingClientRect().width))");
            fail(what + ": the page scrolls sideways (" + width + " px); sticking out: " + wide
                    + "; wider than the screen: " + widest);
        }
    }

    private void touchable(Locator control, String what) {
        BoundingBox box = control.boundingBox();
        assertThat(box).as(what + " is on the page").isNotNull();
        assertThat(Math.min(box.width, box.height))
                .as(what + ": at least 44 px to touch (" + box.width + " × " + box.height + ")")
                .isGreaterThanOrEqualTo(TOUCH);
    }

    private void look(String path, String shot) {
        open(path);
        fitsThePhone(path);
        snap(shot);
    }

    @Test
    void a_visitor_finds_an_opportunity_on_a_phone_and_goes_back_to_the_map() throws Exception {
        publishSome();
        open("");
        fitsThePhone("front page");
        Locator menu = page.locator("vaadin-drawer-toggle");
        assertThat(menu).isVisible();
        touchable(menu, "the menu button");
        snap("1-home");
        menu.click();
        Locator firstItem = page.locator("vaadin-side-nav-item").first();
        assertThat(firstItem).isVisible();
        touchable(firstItem, "a menu item");
        snap("2-menu");
        page.keyboard().press("Escape");
        assertThat(page.locator("vaadin-app-layout")).not().hasAttribute("drawer-opened", "");

        Locator toCity = page.locator("a[href$='cities/ljubljana']");
        if (toCity.count() > 0 && toCity.first().isVisible()) {
            toCity.first().click();
            waitForPath("cities/ljubljana");
        } else {
            open("cities/ljubljana");
        }
        Locator map = page.locator("#city-map");
        assertThat(map).isVisible();
        assertThat(page.locator("#city-filters")).not().hasAttribute("opened", "");
        touchable(page.locator("#city-filters vaadin-details-summary"), "the filters' fold");
        assertThat(page.locator("#opportunity-list")).isHidden();
        fitsThePhone("city page, map");
        touchable(page.locator("#show-map"), "the map switch");
        touchable(page.locator("#show-list"), "the list switch");
        assertThat(page.locator("#show-map")).hasAttribute("aria-pressed", "true");
        snap("3-city-map");

        page.locator("#show-list").click();
        assertThat(page.locator("#opportunity-list")).isVisible();
        assertThat(map).isHidden();
        assertThat(page.locator("#show-list")).hasAttribute("aria-pressed", "true");
        Locator card = page.locator(".city-card")
                .filter(new Locator.FilterOptions().setHasText("Comic drawing for beginners"));
        assertThat(card.locator("img")).hasAttribute("alt", "Teenagers drawing comics at a long table");
        touchable(card.first(), "an opportunity card");
        fitsThePhone("city page, list");
        snap("4-city-list");

        card.first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#opportunity-title")).hasText("Comic drawing for beginners");
        fitsThePhone("opportunity page");
        snap("5-opportunity");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("public.back-to-city", "Ljubljana")))
                .click();
        waitForPath("cities/ljubljana");
        assertThat(map).isVisible();
        assertThat(page.locator("#show-map")).hasAttribute("aria-pressed", "true");
        fitsThePhone("city page again");
        snap("6-back-on-the-map");

        locale = Locale.ENGLISH;
        look("login", "7-login");
        touchable(page.locator("vaadin-button[slot=submit]"), "the sign-in button");
        look("register", "8-register");
        look("forgot-password", "9-forgot-password");
        look("verify", "10-verify");
        look("awards/" + awardId, "11-award");
        assertNoConsoleErrors();
    }

    @Test
    void a_desktop_shows_the_city_map_and_list_side_by_side_without_the_switch() throws Exception {
        publishSome();
        page.setViewportSize(1280, 860);
        open("cities/ljubljana");
        assertThat(page.locator("#city-map")).isVisible();
        assertThat(page.locator("#opportunity-list")).isVisible();
        assertThat(page.locator("#show-list")).isHidden();
        assertThat(page.locator("#city-filters")).hasAttribute("opened", "");
        double mapLeft = page.locator("#city-map").boundingBox().x;
        double listLeft = page.locator("#opportunity-list").boundingBox().x;
        assertThat(listLeft).as("the list beside the map").isGreaterThan(mapLeft + 300);
        snap("desktop-city");
    }

    @Test
    void an_ambassador_works_the_board_one_column_at_a_time_on_a_phone() {
        SignedIn.as(users, SignedIn.AMBASSADOR);
        Campaign campaign = campaigns.create("Posters for the youth council", CampaignKind.ADVOCACY, null);
        SecurityContextHolder.clearContext();
        String id = String.valueOf(campaign.getId());

        signIn("ambassador@mesta.example", DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForSelector("vaadin-app-layout");
        readLanguage();
        fitsThePhone("ambassador's home");
        snap("amb-1-home");

        look("ambassador/campaigns", "amb-2-board");
        Locator tabs = page.locator(".campaign-stage-tabs");
        assertThat(tabs).isVisible();
        assertThat(page.locator(".campaign-column:visible")).hasCount(1);
        Locator card = page.locator("#campaign-card-" + id);
        assertThat(card).isVisible();

        Locator planningTab = page.locator("#stage-tab-planning");
        touchable(planningTab, "a column tab");
        planningTab.click();
        assertThat(page.locator(".campaign-column:visible")).hasCount(1);
        assertThat(page.locator(".campaign-column:visible .campaign-list")).hasAttribute("data-stage", "PLANNING");
        assertThat(card).isHidden();
        fitsThePhone("board, planning");
        snap("amb-3-planning");

        page.locator("#stage-tab-idea").click();
        Locator moveButton = card.getByRole(
                AriaRole.MENUITEM,
                new Locator.GetByRoleOptions().setName(t("campaign.move-named", campaign.getTitle())));
        touchable(moveButton, "Move to…");
        moveButton.click();
        snap("amb-4-move-menu");
        page.getByRole(
                        AriaRole.MENUITEM,
                        new Page.GetByRoleOptions()
                                .setName(t("campaign.stage.planning"))
                                .setExact(true))
                .click();
        Locator moved = page.locator(".campaign-list[data-stage=PLANNING] #campaign-card-" + id);
        assertThat(moved).isVisible();
        assertThat(page.locator("#stage-tab-planning")).hasAttribute("aria-selected", "true");
        assertThat(page.locator("#board-announcer")).containsText(campaign.getTitle());
        snap("amb-5-moved");

        // The same menu from the keyboard: Enter opens it, Enter on an item moves the card.
        moveButton.focus();
        page.keyboard().press("Enter");
        Locator inAction = page.getByRole(
                AriaRole.MENUITEM,
                new Page.GetByRoleOptions()
                        .setName(t("campaign.stage.in_action"))
                        .setExact(true));
        assertThat(inAction).isVisible();
        inAction.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".campaign-list[data-stage=IN_ACTION] #campaign-card-" + id))
                .isVisible();
        fitsThePhone("board after moves");

        page.locator("#campaign-card-" + id)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(campaign.getTitle()))
                .click();
        page.waitForURL(u -> u.contains("/ambassador/campaign/" + id));
        assertThat(page.locator("h1")).hasText(campaign.getTitle());
        fitsThePhone("campaign page");
        snap("amb-6-campaign");
        assertNoConsoleErrors();
    }

    @Test
    void learners_and_providers_find_their_screens_on_a_phone() {
        signIn("learner@mesta.example", DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForSelector("vaadin-app-layout");
        fitsThePhone("learner's home");
        snap("learner-1-home");
        look("my/badges", "learner-2-badges");

        newPhone();
        SignedIn.as(users, SignedIn.PROVIDER);
        long organisation = MestaUser.require().organisationIds().iterator().next();
        Opportunity draft = opportunities.create(organisation);
        long badge = badges.create(
                        organisation, BadgeDesign.templates().getFirst().design())
                .getId();
        SecurityContextHolder.clearContext();

        signIn("provider@mesta.example", DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForSelector("vaadin-app-layout");
        readLanguage();
        fitsThePhone("provider's home");
        snap("provider-1-home");
        look("provider/opportunities", "provider-2-opportunities");
        look("provider/opportunity/" + draft.getId(), "provider-3-wizard");
        touchable(
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("opportunity.wizard.next"))),
                "the wizard's next button");
        look("provider/badge/" + badge, "provider-4-designer");
        // Stacked: the form first, the preview it draws below it.
        double formTop = page.locator(".badge-designer-controls").boundingBox().y;
        double previewTop = page.locator(".badge-designer-preview").boundingBox().y;
        assertThat(previewTop).as("the preview comes below the form").isGreaterThan(formTop);
        assertNoConsoleErrors();
    }
}
