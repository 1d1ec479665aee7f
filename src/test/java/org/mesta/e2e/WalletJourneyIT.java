package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.OutsideIssuer;
import org.mesta.base.TranslationProvider;
import org.mesta.city.CityService;
import org.mesta.security.EmailConfirmationService;
import org.mesta.security.RegistrationDraft;
import org.mesta.security.RegistrationService;
import org.mesta.wallet.WalletTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The learner's wallet in a real browser, for a new adult learner of its own (deleted at the end, so the demo data
 * stays as it was): a badge waits for them and is accepted, put on the public profile and shared (link, QR, LinkedIn);
 * the public profile opens signed out and leads to the award; a badge signed by an issuer outside Mesta is imported
 * with its true verdict; the wallet is exported as a ZIP; the personal data is downloaded and the account deleted,
 * after which the profile is gone and the old password no longer signs in. The wallet and the profile fit a phone.
 */
class WalletJourneyIT extends BrowserTest {

    private static final String PASSWORD = "journey wallet pw 2026";
    private static final int PHONE_WIDTH = 390;

    @Autowired
    TranslationProvider translations;

    @Autowired
    RegistrationService registration;

    @Autowired
    EmailConfirmationService confirmation;

    @Autowired
    CityService cities;

    @Autowired
    GreenMail smtp;

    @Autowired
    UserDetailsService users;

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, Locale.ENGLISH, args);
    }

    @Test
    void a_learner_accepts_shares_imports_exports_and_deletes_their_wallet() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "journey-" + unique + "@example.org";
        String handle = "journey-" + unique;
        String badgeName = "Wallet Journey " + unique;
        Award award = setUp(email, badgeName);

        // 2. The award waits in the wallet; accepted, it is shared on the public profile.
        signIn(email, PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        open("my/badges");
        Locator waiting = page.locator("#wallet-waiting");
        assertThat(waiting).containsText(badgeName);
        // The badge's picture is there too (not an empty box).
        page.waitForFunction("() => { const i = [...document.querySelectorAll('#wallet-waiting img')];"
                + " return i.length > 0 && i.every(x => x.complete && x.naturalWidth > 0); }");
        snap("1-waiting");
        button(t("wallet.accept-named", badgeName)).click();
        assertThat(page.locator("#my-badges")).containsText(badgeName);
        button(t("wallet.open-named", badgeName)).click();
        Locator dialog = page.locator("#badge-dialog");
        page.locator("#badge-visibility vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(t("wallet.visibility.profile")))
                .click();
        assertThat(page.locator("#badge-link")).isVisible();
        assertThat(page.locator("#badge-link input")).hasValue(Pattern.compile(".*" + award.getPublicId() + ".*"));
        assertThat(page.locator("#badge-copy-link")).isVisible();
        assertThat(page.locator("#badge-qr")).isVisible();
        String linkedIn = page.locator("#badge-linkedin").getAttribute("href");
        assertThat(linkedIn).startsWith("https://www.linkedin.com/profile/add").contains("certUrl");
        snap("2-shared");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(t("wallet.dialog.close"))
                                .setExact(true))
                .click();
        assertThat(dialog).isHidden();

        // 3. The public profile, switched on, shows the badge to anyone, signed out.
        open("my/profile");
        page.getByLabel(t("profile.enabled")).check();
        page.getByLabel(t("profile.handle")).fill(handle);
        button(t("action.save")).click();
        assertThat(page.locator("#profile-address")).containsText("/u/" + handle);
        snap("3-profile-settings");
        Page stranger = secondBrowser();
        stranger.navigate(url("u/" + handle));
        Locator badgeLink = stranger.locator("#profile-badges a.profile-badge-link");
        assertThat(badgeLink).hasCount(1);
        assertThat(badgeLink).containsText(badgeName);
        assertThat(badgeLink).hasAttribute("href", "awards/" + award.getPublicId());
        stranger.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("WalletJourneyIT-4-public.png")));
        badgeLink.click();
        stranger.waitForURL(u -> u.contains("/awards/" + award.getPublicId()));
        assertThat(stranger.locator("#award-title")).hasText(badgeName);

        // 4. A badge from an issuer outside Mesta is imported with the verdict the cryptography allows.
        open("my/badges/import");
        page.getByLabel(t("wallet.import.paste")).fill(outsideCredential(email));
        button(t("wallet.import.do")).click();
        assertThat(page.locator("#import-result"))
                .containsText(t("wallet.import.done", "Digital Storytelling: Foundation"));
        assertThat(page.locator("#imported-badges")).containsText(t("wallet.import.verdict.unknown-signer"));
        snap("5-imported");
        open("my/badges");
        assertThat(page.locator("#my-badges")).containsText("Digital Storytelling: Foundation");
        assertThat(page.locator("#my-badges")).containsText(t("wallet.import.verdict.unknown-signer"));
        snap("6-wallet");

        // 5. Everything leaves as one ZIP.
        Download export = page.waitForDownload(() -> page.click("#wallet-export"));
        List<String> exported = entries(Files.readAllBytes(export.path()));
        assertThat(exported).contains("manifest.json");
        assertThat(exported).anyMatch(n -> n.endsWith("/badge.png") && !n.contains("digital-storytelling"));
        assertThat(exported).anyMatch(n -> n.endsWith("/credential-ob3.json"));
        assertThat(exported).anyMatch(n -> n.endsWith("/received.json"));

        // On a phone the wallet and the public profile do not scroll sideways.
        onPhone(email, handle);

        // 6. My data: the personal data leaves as a ZIP; the account is deleted and its profile with it.
        open("my/data");
        Download data = page.waitForDownload(() -> page.click("#download-my-data"));
        List<String> parts = entries(Files.readAllBytes(data.path()));
        assertThat(parts).contains("README.json");
        assertThat(parts).anyMatch(n -> n.contains("/"));
        page.locator("#delete-password input").fill(PASSWORD);
        page.click("#delete-account");
        page.waitForURL(u -> !u.contains("/my/"));
        open("u/" + handle);
        assertThat(page.locator("#not-found-title")).hasText(t("error.page.not-found.title"));
        snap("7-profile-gone");
        signIn(email, PASSWORD);
        waitForPath("login?error");
        assertThat(page.locator("vaadin-login-form-wrapper [part='error-message']"))
                .containsText(t("login.error.message"));
        assertNoConsoleErrors();
    }

    /** Step 1, through the services: a confirmed adult learner and a badge of the youth centre awarded to them. */
    private Award setUp(String email, String badgeName) {
        SecurityContextHolder.clearContext();
        long ljubljana = cities.findCityBySlug("ljubljana").orElseThrow().getId();
        registration.register(new RegistrationDraft(
                "Journey Learner",
                email,
                PASSWORD,
                ljubljana,
                "en",
                LocalDate.now().minusYears(25),
                null,
                true));
        SecurityContextHolder.clearContext();
        confirmation.confirm(token(email));
        Award award = WalletTestData.awarded(users, badges, awards, badgeName, List.of("journey"), email);
        SecurityContextHolder.clearContext();
        assertThat(award.getRecipientEmail()).isEqualToIgnoringCase(email);
        return award;
    }

    private String token(String address) {
        MimeMessage[] found = new MimeMessage[1];
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address))
                        && String.valueOf(m.getContent()).contains("/confirm-email?token=")) {
                    found[0] = m;
                }
            }
            return found[0] != null;
        });
        try {
            Matcher m = Pattern.compile("/confirm-email\\?token=([A-Za-z0-9_-]+)")
                    .matcher(String.valueOf(found[0].getContent()));
            assertThat(m.find()).isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Open Badges 3.0 credential for this address, signed by an organisation that is not on Mesta. */
    private static String outsideCredential(String recipient) {
        return OutsideIssuer.generate()
                .credential(
                        new OutsideIssuer.Achievement(
                                "Tartu Youth Centre",
                                "https://noored.tartu.example",
                                "https://noored.tartu.example/badges/storytelling",
                                "Digital Storytelling: Foundation",
                                "Made a short film about their street.",
                                "Took part in all workshop days.",
                                Instant.parse("2025-06-12T10:00:00Z")),
                        recipient);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
        }
        return names;
    }

    private void onPhone(String email, String handle) {
        BrowserContext phone = page.context()
                .browser()
                .newContext(new Browser.NewContextOptions()
                        .setLocale("en-GB")
                        .setViewportSize(PHONE_WIDTH, 844)
                        .setDeviceScaleFactor(2)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setTimezoneId("UTC"));
        phone.setDefaultTimeout(20_000);
        try {
            Page p = phone.newPage();
            p.navigate(url("login"));
            p.fill("input[name=username]", email);
            p.fill("input[name=password]", PASSWORD);
            p.click("vaadin-button[slot=submit]");
            p.waitForURL(u -> !u.contains("/login"));
            p.navigate(url("my/badges"));
            assertThat(p.locator("#my-badges")).isVisible();
            fitsThePhone(p, "phone-wallet");
            p.navigate(url("u/" + handle));
            assertThat(p.locator("#profile-badges")).isVisible();
            fitsThePhone(p, "phone-profile");
        } finally {
            phone.close();
        }
    }

    private void fitsThePhone(Page p, String shot) {
        p.waitForTimeout(300); // let the layout settle after Vaadin's last round trip
        p.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("WalletJourneyIT-" + shot + ".png"))
                .setFullPage(true));
        // The app layout scrolls its content part, so that is measured as well as the document.
        int width = ((Number) p.evaluate("() => { const l = document.querySelector('vaadin-app-layout');"
                        + " const c = l && l.shadowRoot && l.shadowRoot.querySelector('[part~=content]');"
                        + " return Math.max(document.documentElement.scrollWidth, c ? c.scrollWidth : 0); }"))
                .intValue();
        assertThat(width).as(shot + " scrolls sideways").isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
