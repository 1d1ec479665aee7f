package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.base.AccountDeleted;
import org.mesta.base.PersonalData;
import org.mesta.base.UserError;
import org.mesta.security.AccountService;
import org.mesta.wallet.ProfileService.PublicBadge;
import org.mesta.wallet.ProfileService.PublicPage;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class ProfileServiceTest {

    @Autowired
    ProfileService profiles;

    @Autowired
    CollectionService collections;

    @Autowired
    ProfileTests fixture;

    @Autowired
    AwardService awards;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    java.util.List<PersonalData> personalData;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ProfileService.Settings open(String handle) {
        return profiles.save(
                new ProfileDraft(profiles.mine().version(), true, handle, "Nika N.", "I like repair cafés."));
    }

    /** A visitor who is not signed in, as the web request's anonymous token presents them. */
    static void anonymous() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken(
                "visitor", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    private static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private String refusal(Runnable call) {
        try {
            call.run();
        } catch (UserError e) {
            return e.problems().getFirst().field() + ":" + e.key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_learner_opts_in_and_anyone_reads_their_page_by_handle() {
        String nika = fixture.newLearner("Nika Novak");
        as(users, nika);
        assertThat(profiles.mine().saved()).isFalse();
        assertThat(profiles.mine().displayName())
                .as("their account's name by default")
                .isEqualTo("Nika Novak");
        String handle = unique("nika");
        var saved = profiles.save(new ProfileDraft(0, true, "  " + handle.toUpperCase() + " ", "Nika N.", "Hi!"));
        assertThat(saved.handle()).as("trimmed and lower-case").isEqualTo(handle);
        assertThat(saved.visible()).isTrue();

        anonymous();
        PublicPage page = profiles.page(handle).orElseThrow();
        assertThat(page.displayName()).isEqualTo("Nika N.");
        assertThat(page.bio()).isEqualTo("Hi!");
        assertThat(profiles.page(handle.toUpperCase()))
                .as("addresses are lower-case")
                .isEmpty();
    }

    @Autowired
    org.mesta.security.RegistrationService registration;

    @Autowired
    org.mesta.city.CityService cities;

    @Test
    void a_thirteen_year_old_waiting_for_their_guardian_cannot_switch_a_profile_on() {
        String email = "tim." + System.nanoTime() + "@example.org";
        // 13 in Slovenia, under the age of digital consent (15): the guardian is asked first.
        registration.register(new org.mesta.security.RegistrationDraft(
                "Tim Mlajši",
                email,
                "long enough pw",
                cities.findCityBySlug("ljubljana").orElseThrow().getId(),
                "sl",
                java.time.LocalDate.now().minusYears(13).minusDays(2),
                "guardian." + System.nanoTime() + "@example.org",
                true));
        as(users, email);
        assertThat(profiles.mine().limited()).isTrue();
        String handle = unique("tim");
        assertThatThrownBy(() -> profiles.save(new ProfileDraft(0, true, handle, "Tim", "")))
                .isInstanceOfSatisfying(
                        UserError.class,
                        e -> assertThat(e.problems()).anyMatch(p -> p.key().equals("profile.error.limited")));
        anonymous();
        assertThat(profiles.page(handle)).isEmpty();
    }

    @Test
    void handles_are_checked_for_length_shape_reserved_words_and_uniqueness() {
        String first = fixture.newLearner("First");
        as(users, first);
        String taken = unique("taken");
        open(taken);
        String second = fixture.newLearner("Second");
        as(users, second);
        assertThat(refusal(() -> open("ab"))).isEqualTo("handle:profile.error.handle-length");
        assertThat(refusal(() -> open("a".repeat(31)))).isEqualTo("handle:profile.error.handle-length");
        assertThat(refusal(() -> open("lea_novak"))).isEqualTo("handle:profile.error.handle-shape");
        assertThat(refusal(() -> open("-lea"))).isEqualTo("handle:profile.error.handle-shape");
        assertThat(refusal(() -> open("léa"))).isEqualTo("handle:profile.error.handle-shape");
        assertThat(refusal(() -> open(""))).isEqualTo("handle:error.required");
        for (String reserved : new String[] {"admin", "api", "my", "Admin"}) {
            assertThat(refusal(() -> open(reserved))).isEqualTo("handle:profile.error.handle-reserved");
        }
        assertThat(refusal(() -> open(taken))).isEqualTo("handle:profile.error.handle-taken");
        assertThat(refusal(() -> open(" " + taken.toUpperCase()))).isEqualTo("handle:profile.error.handle-taken");
        assertThat(profiles.mine().saved()).as("nothing was saved").isFalse();
        open("a-1");
        assertThat(profiles.mine().handle()).isEqualTo("a-1");
        as(users, first);
        assertThat(open(taken).handle())
                .as("their own handle is not taken from themselves")
                .isEqualTo(taken);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_overwritten() {
        as(users, fixture.newLearner("Stale"));
        String handle = unique("stale");
        var first = open(handle);
        profiles.save(new ProfileDraft(first.version(), true, handle, "Changed in the other tab", ""));
        assertThatThrownBy(() -> profiles.save(new ProfileDraft(first.version(), true, handle, "Old tab", "")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(profiles.mine().displayName()).isEqualTo("Changed in the other tab");
    }

    @Test
    void the_page_shows_only_accepted_profile_badges_and_public_collections_in_order() {
        String learner = fixture.newLearner("Mira");
        var first = fixture.award(learner, true, Visibility.PROFILE);
        var second = fixture.award(learner, true, Visibility.PROFILE);
        var loose = fixture.award(learner, true, Visibility.PROFILE);
        var byLink = fixture.award(learner, true, Visibility.LINK);
        var secret = fixture.award(learner, true, Visibility.PRIVATE);
        var waiting = fixture.award(learner, false, Visibility.PROFILE);
        var revoked = fixture.award(learner, true, Visibility.PROFILE);
        as(users, PROVIDER);
        awards.revoke(revoked.award().getId(), "Given by mistake");
        as(users, learner);
        long shown = collections.create(new CollectionDraft("Shown", "Mine to show", true));
        collections.choose(
                shown,
                version(shown),
                java.util.List.of(second.entryId(), first.entryId(), byLink.entryId(), revoked.entryId()));
        long hidden = collections.create(new CollectionDraft("Hidden", "", false));
        collections.choose(hidden, version(hidden), java.util.List.of(loose.entryId(), secret.entryId()));
        String handle = unique("mira");
        open(handle);

        anonymous();
        PublicPage page = profiles.page(handle).orElseThrow();
        assertThat(page.groups()).extracting(ProfileService.Group::name).containsExactly("Shown", null);
        assertThat(page.groups().getFirst().badges())
                .extracting(PublicBadge::publicId)
                .as("the collection's order, only its profile badges")
                .containsExactly(second.award().getPublicId(), first.award().getPublicId());
        assertThat(page.groups().get(1).badges())
                .extracting(PublicBadge::publicId)
                .as("the rest: not in a public collection (a private one does not count)")
                .containsExactly(loose.award().getPublicId());
        String everything = page.toString();
        for (var notShown : java.util.List.of(byLink, secret, waiting, revoked)) {
            assertThat(everything).doesNotContain(notShown.award().getPublicId());
        }
        assertThat(everything).doesNotContain("Hidden").doesNotContain(learner);
        assertThat(page.groups().getFirst().badges().getFirst().issuer()).isNotBlank();
    }

    private long version(long collection) {
        return collections.mine().stream()
                .filter(c -> c.id() == collection)
                .findFirst()
                .orElseThrow()
                .version();
    }

    @Test
    void a_switched_off_or_unknown_or_malformed_handle_has_no_page() {
        as(users, fixture.newLearner("Off"));
        String handle = unique("off");
        var on = open(handle);
        profiles.save(new ProfileDraft(on.version(), false, handle, "Off", ""));
        assertThat(profiles.mine().visible()).isFalse();
        assertThat(profiles.page(handle)).isEmpty();
        assertThat(profiles.card(handle)).isEmpty();
        assertThat(profiles.page("nobody-has-this")).isEmpty();
        assertThat(profiles.page("x".repeat(5000))).isEmpty();
        assertThat(profiles.page("../admin")).isEmpty();
    }

    @Test
    void deleting_the_account_removes_profile_and_collections_in_the_same_transaction() {
        String learner = fixture.newLearner("Gone");
        var held = fixture.award(learner, true, Visibility.PROFILE);
        long collection = collections.create(new CollectionDraft("Mine", "", true));
        collections.choose(collection, version(collection), java.util.List.of(held.entryId()));
        String handle = unique("gone");
        open(handle);
        long account = accounts.me().getId();
        Map<String, Object> exported = new java.util.HashMap<>();
        PersonalData part = personalData.stream()
                .filter(p -> p.part().equals("profile"))
                .findFirst()
                .orElseThrow();
        part.export(account, learner, new PersonalData.Sink() {
            @Override
            public void json(String name, Object value) {
                exported.put(name, value);
            }

            @Override
            public void file(String name, byte[] bytes) {}
        });
        assertThat(exported.keySet()).containsExactlyInAnyOrder("profile.json", "collections.json");
        assertThat(exported.get("profile.json").toString()).contains(handle);
        assertThat(exported.get("collections.json").toString()).contains("Mine");
        assertThat(profiles.page(handle)).isPresent();

        transactions.executeWithoutResult(t -> events.publishEvent(new AccountDeleted(account, learner)));

        assertThat(profiles.page(handle)).isEmpty();
        assertThat(collections.mine()).isEmpty();
    }

    @Test
    void nobody_changes_a_profile_signed_out() {
        assertThatThrownBy(() -> profiles.mine()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> profiles.save(new ProfileDraft(0, true, "someone", "Someone", "")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
