package org.mesta.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.DEMO_PASSWORD;

/**
 * Badges in a real browser: a provider designs a badge (shape, colour, words, icon; the preview follows),
 * publishes it and makes a claim code; a learner redeems the code and downloads the baked PNG; the public
 * verification page accepts that file and rejects a tampered copy.
 */
class BadgeJourneyIT extends BrowserTest {

    private void signInEnglish(String email) {
        signIn(email, DEMO_PASSWORD);
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#language-switcher").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        page.waitForTimeout(800);
        page.waitForSelector("vaadin-app-layout");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String preview() {
        return page.locator("#badge-preview").innerHTML();
    }

    @Test
    void a_provider_designs_and_issues_a_badge_a_learner_claims_it_and_anyone_can_verify_it() throws Exception {
        signInEnglish("provider@mesta.example");
        open("provider/badges");
        button("New badge").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start from the Learning template")).click();
        page.waitForURL(u -> u.contains("/provider/badge/"));
        page.locator("#badge-preview svg").waitFor();

        String before = preview();
        page.getByText("Shield", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForFunction("b => document.querySelector('#badge-preview').innerHTML !== b", before);
        assertThat(preview()).contains("M256 24L464 84");

        String shield = preview();
        page.getByLabel("Fill colour", new Page.GetByLabelOptions().setExact(true)).fill("#6a1b9a");
        page.waitForFunction("b => document.querySelector('#badge-preview').innerHTML !== b", shield);
        assertThat(preview()).contains("#6A1B9A");

        Locator icon = page.locator("vaadin-combo-box").filter(new Locator.FilterOptions().setHasText("Icon"));
        icon.locator("input").fill("microphone");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("microphone")).first().click();

        page.getByText("Slovenian", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("Name (Slovenian)").fill("Mladi govornik");
        page.getByLabel("Ribbon text (Slovenian)").fill("Ljubljana");
        page.getByLabel("Description (Slovenian)").fill("Za nastop na mladinskem forumu.");
        page.getByLabel("How to earn it (Slovenian)").fill("Nastopi na forumu in odgovori na vprašanja.");
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Preview in")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Slovenščina")).click();
        assertThat(page.locator("#badge-preview title")).hasText("Mladi govornik");
        snap("1-designer");

        page.locator("#undo").click();
        page.locator("#redo").click();
        page.locator("#badge-publish").click();
        assertThat(page.locator("#badge-status")).hasText("Published");
        page.locator("#badge-issue").click();
        page.waitForURL(u -> u.contains("/provider/badge/issue/"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Claim codes")).click();
        button("Create a claim code").click();
        Locator codeText = page.locator(".claim-code").first();
        codeText.waitFor();
        String code = codeText.innerText().strip();
        assertThat(code).matches("[A-Z2-9]{5}-[A-Z2-9]{5}");
        snap("2-claim-code");

        // The learner redeems it and downloads the baked badge.
        context.close();
        openPage();
        signInEnglish("learner@mesta.example");
        open("claim?code=" + code);
        button("Claim the badge").click();
        page.waitForURL(u -> u.contains("/awards/"));
        assertThat(page.locator("#award-title")).hasText("Mladi govornik");
        assertThat(page.locator("#award-state")).hasText("Valid");
        snap("3-award");
        Download download = page.waitForDownload(() -> page.click("#download-png"));
        byte[] png = Files.readAllBytes(download.path());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        open("my/badges");
        assertThat(page.locator("#my-badges")).containsText("Mladi govornik");

        // Anyone verifies it; a tampered copy is caught.
        context.close();
        openPage();
        open("verify");
        Path file = Files.createTempFile("badge", ".png");
        Files.write(file, png);
        page.getByLabel("E-mail address of the person (optional)").fill("learner@mesta.example");
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#verify-status")).hasText("Valid");
        assertThat(page.locator("#verify-recipient")).hasText("It was awarded to this e-mail address.");
        snap("4-verify-valid");

        String latin1 = new String(png, StandardCharsets.ISO_8859_1);
        String name = new String("Mladi govornik".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(latin1).contains(name);
        byte[] tampered = latin1.replace(name, "Mladi gevornik").getBytes(StandardCharsets.ISO_8859_1);
        Path bad = Files.createTempFile("tampered", ".png");
        Files.write(bad, tampered);
        page.locator("vaadin-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#verify-status")).hasText("Tampered");
        snap("5-verify-tampered");
        assertNoConsoleErrors();
    }
}
