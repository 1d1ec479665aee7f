package org.mesta.wallet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.SignedIn;
import org.mesta.ViewTest;
import org.mesta.base.AccountDeleted;
import org.mesta.base.ui.NotFoundView;
import org.mesta.security.AccountService;
import org.mesta.wallet.CollectionDraft;
import org.mesta.wallet.CollectionService;
import org.mesta.wallet.ProfileDraft;
import org.mesta.wallet.ProfileService;
import org.mesta.wallet.ProfileTests;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The collections screen, the profile settings and the public page, as a learner and a visitor use them. */
class ProfileViewsTest extends ViewTest {

    @Autowired
    ProfileTests fixture;

    @Autowired
    CollectionService collections;

    @Autowired
    ProfileService profiles;

    @Autowired
    AccountService accounts;

    @Autowired
    ProfileLinks links;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void inEnglish() {
        english();
    }

    private Button button(String ariaLabel) {
        return $(Button.class).withAttribute("aria-label", ariaLabel).single();
    }

    /** The award pages the collection's rows link to, in order. */
    private List<String> rowsOf(CollectionsView view) {
        return $(ListItem.class).from(view.list).all().stream()
                .map(li -> $(Anchor.class).from(li).first().getHref())
                .toList();
    }

    @Test
    void learner_makes_a_collection_fills_it_reorders_it_and_deletes_it() {
        String learner = fixture.newLearner("View");
        var first = fixture.award(learner, true, Visibility.PROFILE);
        var second = fixture.award(learner, true, Visibility.PRIVATE);
        login(learner);
        CollectionsView view = navigate(CollectionsView.class);
        assertThat(view.empty.isVisible()).isTrue();

        test(view.create).click();
        CollectionDialog dialog = $(CollectionDialog.class).single();
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid())
                .as("the name is required, said next to it")
                .isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Please fill this in.");
        test(dialog.name).setValue("Volunteering");
        test(dialog.shown).click();
        test(dialog.save).click();
        assertThat(view.empty.isVisible()).isFalse();
        assertThat(text(view.list)).contains("Volunteering", "Public", "No badges in this collection yet.");

        test(button("Choose the badges of Volunteering")).click();
        BadgePicker picker = $(BadgePicker.class).single();
        picker.badges.setValue(Set.copyOf(picker.badges
                .getListDataView()
                .getItems()
                .filter(i -> i.entryId() == first.entryId() || i.entryId() == second.entryId())
                .toList()));
        test(picker.save).click();
        String firstPage = "awards/" + first.award().getPublicId();
        String secondPage = "awards/" + second.award().getPublicId();
        assertThat(rowsOf(view)).containsExactlyInAnyOrder(firstPage, secondPage);
        List<String> before = rowsOf(view);
        String name = first.badge().texts("en").name();
        List<Button> ups = $(Button.class)
                .from(view.list)
                .withAttribute("aria-label", "Move " + name + " up")
                .all();
        assertThat(ups.getFirst().isEnabled())
                .as("the first row cannot move up")
                .isFalse();
        test(ups.getLast()).click();
        assertThat(rowsOf(view)).containsExactly(before.getLast(), before.getFirst());
        test($(Button.class)
                        .from(view.list)
                        .withAttribute("aria-label", "Remove " + name + " from this collection")
                        .all()
                        .getFirst())
                .click();
        assertThat(rowsOf(view)).as("removed from the collection").containsExactly(before.getFirst());

        test(button("Delete Volunteering")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(collections.mine()).isEmpty();
    }

    @Test
    void a_change_made_in_another_tab_is_told_not_overwritten() {
        String learner = fixture.newLearner("Tabs");
        login(learner);
        long id = collections.create(new CollectionDraft("Tab", "", false));
        long second = collections.create(new CollectionDraft("Other", "", false));
        CollectionsView view = navigate(CollectionsView.class);
        long version = collections.mine().getFirst().version();
        collections.update(id, version, new CollectionDraft("Renamed elsewhere", "", false));

        test($(Button.class).withAttribute("aria-label", "Move Tab down").single())
                .click();

        ConfirmDialog notice = $(ConfirmDialog.class).single();
        assertThat(notice.getElement().getProperty("header")).isEqualTo("Someone else changed this");
        assertThat(collections.mine().getFirst().name()).isEqualTo("Renamed elsewhere");
        assertThat(second).isPositive();
        test(notice).confirm();
        assertThat(text(view.list)).contains("Renamed elsewhere");
    }

    @Test
    void learner_chooses_a_handle_with_errors_next_to_the_field_and_sees_the_address() {
        login(fixture.newLearner("Settings Person"));
        ProfileSettingsView view = navigate(ProfileSettingsView.class);
        assertThat(view.displayName.getValue()).isEqualTo("Settings Person");
        assertThat(view.address.isVisible()).isFalse();
        assertThat(view.limited.isVisible()).isFalse();
        assertThat(view.minor.isVisible()).as("an adult gets no caution").isFalse();

        test(view.enabled).click();
        test(view.handle).setValue("admin");
        test(view.save).click();
        assertThat(view.handle.isInvalid()).isTrue();
        assertThat(view.handle.getErrorMessage())
                .isEqualTo("\"admin\" is kept for the site itself. Choose another handle.");

        test(view.handle).setValue("Bad Handle");
        test(view.save).click();
        assertThat(view.handle.getErrorMessage()).startsWith("Use only lower-case letters");

        String handle = "settings-" + Long.toString(System.nanoTime(), 36);
        test(view.handle).setValue(handle);
        test(view.bio).setValue("Hello!");
        test(view.save).click();
        assertThat(notifications()).contains("Public profile saved.");
        assertThat(view.address.isVisible()).isTrue();
        assertThat(view.address.getHref()).endsWith("/u/" + handle);
        assertThat(profiles.mine().bio()).isEqualTo("Hello!");
    }

    @Test
    void profile_settings_speak_slovenian() {
        login(fixture.newLearner("Slovenka"));
        slovenian();
        ProfileSettingsView view = navigate(ProfileSettingsView.class);
        assertThat(view.enabled.getLabel()).isEqualTo("Pokaži moj javni profil");
        assertThat(view.getPageTitle()).isEqualTo("Moj javni profil");
    }

    /** A learner with a public collection, a shown badge outside it, a private collection and a private badge. */
    private record Shown(
            String handle,
            String email,
            ProfileTests.Held inCollection,
            ProfileTests.Held loose,
            ProfileTests.Held secret) {}

    private Shown publicLearner(String name) {
        String learner = fixture.newLearner(name);
        var inCollection = fixture.award(learner, true, Visibility.PROFILE);
        var loose = fixture.award(learner, true, Visibility.PROFILE);
        var secret = fixture.award(learner, true, Visibility.PRIVATE);
        long shown = collections.create(new CollectionDraft("Digital skills", "Workshops", true));
        collections.choose(shown, collections.mine().getFirst().version(), List.of(inCollection.entryId()));
        long hidden = collections.create(new CollectionDraft("Diary", "", false));
        collections.choose(hidden, collections.mine().getLast().version(), List.of(secret.entryId(), loose.entryId()));
        String handle = name.toLowerCase(Locale.ROOT) + "-" + Long.toString(System.nanoTime(), 36);
        profiles.save(new ProfileDraft(0, true, handle, name + " the Learner", "I make films."));
        SecurityContextHolder.clearContext();
        return new Shown(handle, learner, inCollection, loose, secret);
    }

    private Component open(String location) {
        UI.getCurrent().navigate(location);
        return (Component) getCurrentView();
    }

    @Test
    void a_visitor_sees_only_what_the_learner_made_public() {
        Shown s = publicLearner("Tara");
        PublicProfileView view = (PublicProfileView) open("u/" + s.handle());

        assertThat(view.name.getText()).isEqualTo("Tara the Learner");
        assertThat(view.getPageTitle()).isEqualTo("Tara the Learner");
        assertThat(view.bio.getText()).isEqualTo("I make films.");
        assertThat($(H3.class).from(view.groups).all())
                .extracting(H3::getText)
                .containsExactly("Digital skills", "More badges");
        List<String> links = $(Anchor.class).from(view.groups).all().stream()
                .map(Anchor::getHref)
                .toList();
        assertThat(links)
                .containsExactly(
                        "awards/" + s.inCollection().award().getPublicId(),
                        "awards/" + s.loose().award().getPublicId());
        String page = text(view);
        assertThat(page)
                .doesNotContain("Diary")
                .doesNotContain(s.email())
                .doesNotContain(s.secret().award().getPublicId());
        assertThat(page).contains(s.inCollection().badge().texts("en").name());
    }

    @Test
    void the_same_page_shows_the_next_profile_without_anything_of_the_first() {
        Shown a = publicLearner("Ana");
        Shown b = publicLearner("Bor");
        PublicProfileView first = (PublicProfileView) open("u/" + a.handle());
        PublicProfileView second = (PublicProfileView) open("u/" + b.handle());
        assertThat(second).isSameAs(first);
        assertThat(second.name.getText()).isEqualTo("Bor the Learner");
        assertThat(text(second)).doesNotContain(a.inCollection().award().getPublicId());
        assertThat($(H3.class).from(second.groups).all()).hasSize(2);
    }

    @Test
    void unknown_handles_and_deleted_accounts_end_on_not_found() {
        assertThat(open("u/nobody-has-this-handle")).isInstanceOf(NotFoundView.class);
        assertThat(open("u/NOT_A_HANDLE")).isInstanceOf(NotFoundView.class);
        Shown s = publicLearner("Gone");
        assertThat(open("u/" + s.handle())).isInstanceOf(PublicProfileView.class);
        SignedIn.as(users, s.email());
        long account = accounts.me().getId();
        transactions.executeWithoutResult(t -> events.publishEvent(new AccountDeleted(account, s.email())));
        SecurityContextHolder.clearContext();

        assertThat(open("u/" + s.handle())).isInstanceOf(NotFoundView.class);
        assertThat(text((Component) getCurrentView())).contains("Nothing here");
    }

    @Test
    void a_shared_link_previews_the_chosen_name_and_is_not_indexed() {
        Shown s = publicLearner("Zala");
        var meta = links.metaFor("u/" + s.handle(), Locale.ENGLISH).orElseThrow();
        assertThat(meta.title()).isEqualTo("Zala the Learner – badges");
        assertThat(meta.description()).isEqualTo("I make films.");
        assertThat(meta.indexable()).isFalse();
        assertThat(meta.path()).isEqualTo("u/" + s.handle());
        assertThat(links.metaFor("u/nobody-has-this-handle", Locale.ENGLISH)).isEmpty();
        assertThat(links.metaFor("opportunities/1", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void the_demo_learner_has_a_public_profile_with_two_collections() {
        PublicProfileView view = (PublicProfileView) open("u/lea");
        assertThat(view.name.getText()).isEqualTo("Lea Learner");
        assertThat($(H3.class).from(view.groups).all())
                .extracting(H3::getText)
                .startsWith("Volunteering", "Digital skills");
    }
}
