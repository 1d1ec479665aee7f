package org.mesta.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mesta.base.TranslationProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Badges in a real browser: a provider designs a badge (shape, colour, words, icon; the preview follows),
 * publishes it and makes a claim code; a learner redeems the code and downloads the baked PNG; the public
 * verification page accepts that file and rejects a tampered copy. Run in English and in Slovenian: every
 * label the test looks for comes from the translations.
 */
class BadgeJourneyIT extends BrowserTest {

    @Autowired
    TranslationProvider translations;

    private Locale locale;

    private String t(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private void chooseLanguage() {
        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("language." + locale.getLanguage())))
                .click();
        page.waitForTimeout(800);
        page.waitForSelector("vaadin-app-layout");
    }

    private void signInAs(String email) {
        signIn(email, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        chooseLanguage();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String preview() {
        return page.locator("#badge-preview").innerHTML();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "sl"})
    void a_provider_designs_and_issues_a_badge_a_learner_claims_it_and_anyone_can_verify_it(String language)
            throws Exception {
        locale = Locale.forLanguageTag(language);
        String shot = language + "-";
        String slovenian = Locale.forLanguageTag("sl").getDisplayLanguage(locale);
        signInAs("provider@mesta.example");
        open("provider/badges");
        button(t("badge.new")).click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(t("badge.template.use", t("badge.template.learning"))))
                .click();
        page.waitForURL(u -> u.contains("/provider/badge/"));
        page.locator("#badge-preview svg").waitFor();

        String before = preview();
        page.getByText(t("badge.shape.shield"), new Page.GetByTextOptions().setExact(true))
                .click();
        page.waitForFunction("b => document.querySelector('#badge-preview').innerHTML !== b", before);
        assertThat(preview()).contains("M256 24L464 84");

        String shield = preview();
        page.getByLabel(t("badge.design.fill"), new Page.GetByLabelOptions().setExact(true))
                .fill("#6a1b9a");
        page.waitForFunction("b => document.querySelector('#badge-preview').innerHTML !== b", shield);
        assertThat(preview()).contains("#6A1B9A");

        Locator icon =
                page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText(t("badge.design.icon")));
        icon.locator("input").fill("microphone");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("microphone"))
                .first()
                .click();

        Locator words = page.getByLabel(t("badge.text.name", slovenian));
        if (!words.isVisible()) {
            page.getByText(slovenian, new Page.GetByTextOptions().setExact(true))
                    .click();
        }
        words.fill("Mladi govornik");
        page.getByLabel(t("badge.text.ribbon", slovenian)).fill("Ljubljana");
        page.getByLabel(t("badge.text.description", slovenian)).fill("Za nastop na mladinskem forumu.");
        page.getByLabel(t("badge.text.criteria", slovenian)).fill("Nastopi na forumu in odgovori na vprašanja.");
        page.locator("vaadin-select")
                .filter(new Locator.FilterOptions().setHasText(t("badge.design.preview-language")))
                .click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(t("language.sl")))
                .click();
        assertThat(page.locator("#badge-preview title")).hasText("Mladi govornik");
        snap(shot + "1-designer");

        page.locator("#undo").click();
        page.locator("#redo").click();
        page.locator("#badge-publish").click();
        assertThat(page.locator("#badge-status")).hasText(t("badge.status.published"));
        page.locator("#badge-issue").click();
        page.waitForURL(u -> u.contains("/provider/badge/issue/"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(t("issue.tab.code")))
                .click();
        button(t("issue.code.create")).click();
        Locator codeText = page.locator(".claim-code").first();
        codeText.waitFor();
        String code = codeText.innerText().strip();
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        snap(shot + "2-claim-code");

        // The learner redeems it and downloads the baked badge.
        context.close();
        openPage();
        signInAs("learner@mesta.example");
        open("claim?code=" + code);
        button(t("claim.redeem")).click();
        page.waitForURL(u -> u.contains("/awards/"));
        assertThat(page.locator("#award-title")).hasText("Mladi govornik");
        assertThat(page.locator("#award-state")).hasText(t("award.state.valid"));
        snap(shot + "3-award");
        Download download = page.waitForDownload(() -> page.click("#download-png"));
        byte[] png = Files.readAllBytes(download.path());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        // A new badge waits in the wallet for the learner to accept it.
        open("my/badges");
        assertThat(page.locator("#wallet-waiting")).containsText("Mladi govornik");

        // Anyone verifies it; a tampered copy is caught.
        context.close();
        openPage();
        open("verify");
        if (!"en".equals(language)) chooseLanguage();
        Path file = Files.createTempFile("badge", ".png");
        Files.write(file, png);
        page.getByLabel(t("verify.email")).fill("learner@mesta.example");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#verify-status")).hasText(t("verify.status.valid"));
        assertThat(page.locator("#verify-recipient")).hasText(t("verify.recipient.yes"));
        snap(shot + "4-verify-valid");

        String latin1 = new String(png, StandardCharsets.ISO_8859_1);
        String name = new String("Mladi govornik".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(latin1).contains(name);
        byte[] tampered = latin1.replace(name, "Mladi gevornik").getBytes(StandardCharsets.ISO_8859_1);
        Path bad = Files.createTempFile("tampered", ".png");
        Files.write(bad, tampered);
        page.locator("vaadin-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#verify-status")).hasText(t("verify.status.tampered"));
        snap(shot + "5-verify-tampered");
        assertNoConsoleErrors();
    }
}
