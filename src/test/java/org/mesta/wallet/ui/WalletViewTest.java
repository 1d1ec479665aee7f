package org.mesta.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mesta.SignedIn.*;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.badge.Award;
import org.mesta.badge.AwardService;
import org.mesta.badge.BadgeService;
import org.mesta.badge.ui.AwardView;
import org.mesta.base.ui.NotFoundView;
import org.mesta.base.ui.SvgImage;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.mesta.wallet.WalletService;
import org.mesta.wallet.WalletTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The learner's wallet: answering new badges, the declined ones, search and filters, and a badge's details. */
class WalletViewTest extends ViewTest {

    @Autowired
    BadgeService badges;

    @Autowired
    AwardService awards;

    @Autowired
    WalletService wallet;

    private String unique(String name) {
        return name + " " + System.nanoTime();
    }

    private WalletView wallet() {
        login(LEARNER);
        english();
        return navigate(WalletView.class);
    }

    private Button button(String ariaLabel) {
        return find(Button.class).all().stream()
                .filter(b -> ariaLabel.equals(b.getAriaLabel().orElse(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + ariaLabel));
    }

    private WalletService.Item item(Award a) {
        return wallet.mine().stream()
                .filter(i -> a.getPublicId().equals(i.publicId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_badge_waits_with_its_issuer_and_is_accepted_into_the_wallet() {
        String name = unique("Sprejeta");
        WalletTestData.awarded(users, badges, awards, name, List.of(), LEARNER);
        WalletView view = wallet();
        assertThat(view.waiting.isVisible()).isTrue();
        assertThat(text(view.waiting)).contains("Waiting for you", name, "Ljubljana Youth Centre");
        assertThat(text(view.accepted)).doesNotContain(name);
        assertThat(view.actions.getId()).contains("wallet-actions");

        test(button("Accept \u201C" + name + "\u201D")).click();

        assertThat(notifications()).contains("\u201C" + name + "\u201D is in your wallet now.");
        assertThat(text(view.waiting)).doesNotContain(name);
        assertThat(text(view.accepted)).contains(name, "People with the link");
    }

    @Test
    void a_badge_from_elsewhere_shows_its_verdict_and_the_header_leads_to_collections_profile_import_and_export() {
        WalletView view = wallet();
        assertThat(text(view.accepted))
                .contains("Digital Storytelling: Foundation", "Signed by an issuer Mesta does not know");
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).all().stream()
                        .filter(a -> view.actions.getChildren().anyMatch(a::equals))
                        .map(a -> a.getHref()))
                .contains("my/collections", "my/profile", "my/badges/import")
                .anyMatch(href -> !href.isBlank() && !href.startsWith("my/"));
    }

    @Test
    void a_declined_badge_waits_behind_its_toggle_and_can_be_accepted_after_all() {
        String name = unique("Zavrnjena");
        WalletTestData.awarded(users, badges, awards, name, List.of(), LEARNER);
        WalletView view = wallet();
        test(button("Decline \u201C" + name + "\u201D")).click();
        assertThat(view.declined.isVisible()).isTrue();
        assertThat(view.declined.getSummaryText()).matches("Declined \\(\\d+\\)");
        assertThat(text(view.declinedList)).contains(name);
        assertThat(text(view.accepted)).doesNotContain(name);

        test(button("Accept \u201C" + name + "\u201D after all")).click();
        assertThat(text(view.declinedList)).doesNotContain(name);
        assertThat(text(view.accepted)).contains(name);
    }

    @Test
    void search_and_filters_work_together_and_say_when_nothing_matches() {
        String speaker = unique("Govornica");
        String gardener = unique("Vrtnarka");
        Award a = WalletTestData.awarded(users, badges, awards, speaker, List.of("skill:public-speaking"), LEARNER);
        Award b = WalletTestData.awarded(users, badges, awards, gardener, List.of("skill:teamwork"), LEARNER);
        login(LEARNER);
        wallet.accept(item(a).entryId());
        wallet.accept(item(b).entryId());
        WalletView view = wallet();
        WalletFilters f = view.filters;

        test(f.search).setValue(speaker.toLowerCase());
        assertThat(text(view.accepted)).contains(speaker).doesNotContain(gardener);

        test(f.search).setValue("");
        test(f.skill).selectItem("Public speaking");
        assertThat(text(view.accepted)).contains(speaker).doesNotContain(gardener);
        test(f.year).selectItem(String.valueOf(Year.now(ZoneId.systemDefault()).getValue()));
        test(f.organisation).selectItem("Ljubljana Youth Centre");
        test(f.city).selectItem("Ljubljana");
        assertThat(text(view.accepted)).contains(speaker).doesNotContain(gardener);
        assertThat(view.noMatch.isVisible()).isFalse();

        test(f.search).setValue("no such badge anywhere");
        assertThat(view.noMatch.isVisible()).isTrue();
        assertThat(text(view.noMatch)).isEqualTo("No badges match your search. Try fewer words or clear the filters.");
        assertThat(view.accepted.isVisible()).isFalse();

        test(f.clear).click();
        assertThat(text(view.accepted)).contains(speaker, gardener);
        assertThat(view.noMatch.isVisible()).isFalse();
    }

    @Test
    void a_badges_details_set_who_sees_it_and_a_private_badge_asks_before_sharing() {
        String name = unique("Podrobnosti");
        Award a = WalletTestData.awarded(users, badges, awards, name, List.of(), LEARNER);
        login(LEARNER);
        wallet.accept(item(a).entryId());
        WalletView view = wallet();
        test(button("Share and download \u201C" + name + "\u201D")).click();
        BadgeDialog dialog = view.dialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.visibility.getValue()).isEqualTo(Visibility.LINK);
        TextField link = find(TextField.class).from(dialog.share).id("badge-link");
        assertThat(link.getValue()).endsWith("/awards/" + a.getPublicId());
        assertThat(find(Anchor.class).from(dialog.share).id("badge-linkedin").getHref())
                .startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
        assertThat(find(TextArea.class).from(dialog.share).id("badge-embed").getValue())
                .contains("/awards/" + a.getPublicId());
        assertThat(find(SvgImage.class).from(dialog.share).id("badge-qr").getSvg())
                .startsWith("<svg");
        assertThat(find(Anchor.class)
                        .from(dialog.downloads)
                        .id("badge-download-png")
                        .getHref())
                .isEqualTo("api/awards/" + a.getPublicId() + "/badge.png");
        assertThat(find(Anchor.class)
                        .from(dialog.downloads)
                        .id("badge-download-ob3")
                        .getHref())
                .isEqualTo("ob/v3/credentials/" + a.getPublicId());
        assertThat(find(Anchor.class)
                        .from(dialog.downloads)
                        .id("badge-download-certificate")
                        .getHref())
                .isNotBlank();

        dialog.choose(Visibility.PRIVATE);
        assertThat(item(a).visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(text(dialog.share)).contains("This badge is private");
        assertThat(find(TextField.class).from(dialog.share).all()).isEmpty();
        assertThat(text(view.accepted)).contains("Only me");

        test(find(Button.class).from(dialog.share).id("badge-make-shareable")).click();
        assertThat(item(a).visibility()).isEqualTo(Visibility.LINK);
        assertThat(dialog.visibility.getValue()).isEqualTo(Visibility.LINK);
        assertThat(find(TextField.class).from(dialog.share).id("badge-link").getValue())
                .endsWith("/awards/" + a.getPublicId());
        assertThat(item(a).state()).isEqualTo(State.ACCEPTED);
    }

    @Test
    void a_private_badges_page_is_not_found_for_a_stranger_and_shown_to_its_holder() {
        String name = unique("Zasebna");
        Award a = WalletTestData.awarded(users, badges, awards, name, List.of(), LEARNER);
        login(LEARNER);
        wallet.show(item(a).entryId(), Visibility.PRIVATE);
        english();
        UI.getCurrent().navigate("awards/" + a.getPublicId());
        assertThat(getCurrentView()).isInstanceOf(AwardView.class);

        SecurityContextHolder.clearContext();
        english();
        UI.getCurrent().navigate("awards/" + a.getPublicId());
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(text((Component) getCurrentView())).contains("Nothing here").doesNotContain(name);
    }
}
