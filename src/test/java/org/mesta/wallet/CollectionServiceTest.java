package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.base.UserError;
import org.mesta.wallet.CollectionService.MyCollection;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class CollectionServiceTest {

    @Autowired
    CollectionService collections;

    @Autowired
    ProfileTests fixture;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MyCollection get(long id) {
        return collections.mine().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void a_learner_orders_collections_and_the_badges_in_them() {
        String learner = fixture.newLearner("Order");
        var a = fixture.award(learner, true, Visibility.PRIVATE);
        var b = fixture.award(learner, true, Visibility.PRIVATE);
        var c = fixture.award(learner, true, Visibility.PRIVATE);
        long first = collections.create(new CollectionDraft("First", "", false));
        long second = collections.create(new CollectionDraft("Second", " Short words ", true));
        long third = collections.create(new CollectionDraft("Third", "", false));
        assertThat(collections.mine()).extracting(MyCollection::name).containsExactly("First", "Second", "Third");
        assertThat(get(second).description()).isEqualTo("Short words");

        collections.move(third, get(third).version(), -1);
        collections.move(first, get(first).version(), -1);
        assertThat(collections.mine())
                .extracting(MyCollection::name)
                .as("at the top nothing moves")
                .containsExactly("First", "Third", "Second");

        collections.choose(first, get(first).version(), List.of(a.entryId(), b.entryId()));
        collections.moveBadge(first, get(first).version(), b.entryId(), -1);
        assertThat(get(first).entryIds()).containsExactly(b.entryId(), a.entryId());
        collections.choose(first, get(first).version(), List.of(c.entryId(), a.entryId(), b.entryId()));
        assertThat(get(first).entryIds())
                .as("kept badges keep their place, new ones go last")
                .containsExactly(b.entryId(), a.entryId(), c.entryId());
        collections.choose(first, get(first).version(), List.of(a.entryId(), c.entryId()));
        assertThat(get(first).entryIds()).containsExactly(a.entryId(), c.entryId());

        collections.update(second, get(second).version(), new CollectionDraft("Renamed", "", false));
        assertThat(get(second).name()).isEqualTo("Renamed");
        assertThat(get(second).shown()).isFalse();
        collections.delete(third);
        assertThat(collections.mine()).extracting(MyCollection::name).containsExactly("First", "Renamed");
    }

    @Test
    void only_badges_accepted_into_ones_own_wallet_go_into_a_collection() {
        String other = fixture.newLearner("Other");
        var theirs = fixture.award(other, true, Visibility.PROFILE);
        String learner = fixture.newLearner("Mine");
        var waiting = fixture.award(learner, false, Visibility.PRIVATE);
        var accepted = fixture.award(learner, true, Visibility.PRIVATE);
        long id = collections.create(new CollectionDraft("Mine", "", true));
        assertThatThrownBy(() -> collections.choose(id, get(id).version(), List.of(waiting.entryId())))
                .isInstanceOf(UserError.class)
                .hasMessage("collections.error.not-in-wallet");
        assertThatThrownBy(
                        () -> collections.choose(id, get(id).version(), List.of(accepted.entryId(), theirs.entryId())))
                .isInstanceOf(UserError.class);
        assertThat(get(id).entryIds()).isEmpty();
    }

    @Test
    void another_learner_is_refused_every_change_and_sees_nothing() {
        String owner = fixture.newLearner("Owner");
        var held = fixture.award(owner, true, Visibility.PROFILE);
        long id = collections.create(new CollectionDraft("Private things", "", false));
        long version = get(id).version();
        as(users, LEARNER);
        assertThat(collections.mine()).noneMatch(c -> c.id() == id);
        assertThatThrownBy(() -> collections.update(id, version, new CollectionDraft("Mine now", "", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collections.choose(id, version, List.of(held.entryId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collections.moveBadge(id, version, held.entryId(), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collections.move(id, version, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> collections.delete(id)).isInstanceOf(AccessDeniedException.class);
        as(users, owner);
        assertThat(get(id).name()).isEqualTo("Private things");
        assertThat(get(id).shown()).isFalse();
    }

    @Test
    void a_change_made_on_an_old_version_is_refused() {
        as(users, fixture.newLearner("Two tabs"));
        long id = collections.create(new CollectionDraft("Tab", "", false));
        long seen = get(id).version();
        collections.update(id, seen, new CollectionDraft("Renamed in the other tab", "", false));
        assertThatThrownBy(() -> collections.update(id, seen, new CollectionDraft("Old tab", "", false)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> collections.move(id, seen, 1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(get(id).name()).isEqualTo("Renamed in the other tab");
    }

    @Test
    void a_collection_needs_a_name_and_short_words() {
        as(users, fixture.newLearner("Names"));
        assertThatThrownBy(() -> collections.create(new CollectionDraft(" ", "", false)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> collections.create(new CollectionDraft("x".repeat(81), "", false)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> collections.create(new CollectionDraft("Ok", "x".repeat(301), false)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void signed_out_nobody_reads_collections() {
        assertThatThrownBy(() -> collections.mine())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
