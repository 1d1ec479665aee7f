package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mesta.SignedIn.*;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mesta.badge.AwardService;
import org.mesta.badge.Badge;
import org.mesta.badge.BadgeService;
import org.mesta.badge.BadgeTestData;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class WalletServiceTest {

    @Autowired
    WalletService wallet;

    @Autowired
    AwardService awards;

    @Autowired
    BadgeService badges;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A new badge of the provider's organisation, awarded to the learner; returns its wallet entry's id. */
    long awardedToLearner() {
        as(users, PROVIDER);
        Badge b = BadgeTestData.published(badges);
        awards.award(b.getId(), List.of(LEARNER), "en");
        as(users, LEARNER);
        return wallet.mine().stream()
                .filter(i -> i.badge() != null && i.badge().getId().equals(b.getId()))
                .findFirst()
                .orElseThrow()
                .entryId();
    }

    WalletService.Item item(long entryId) {
        return wallet.mine().stream()
                .filter(i -> i.entryId() == entryId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_new_award_waits_until_the_learner_accepts_it() {
        long entry = awardedToLearner();
        assertThat(item(entry).state()).isEqualTo(State.WAITING);
        assertThat(wallet.waiting()).isPositive();

        wallet.accept(entry);

        assertThat(item(entry).state()).isEqualTo(State.ACCEPTED);
    }

    @Test
    void a_declined_award_stays_declined_and_can_be_taken_back() {
        long entry = awardedToLearner();
        wallet.decline(entry);
        assertThat(item(entry).state()).isEqualTo(State.DECLINED);
        wallet.accept(entry);
        assertThat(item(entry).state()).isEqualTo(State.ACCEPTED);
    }

    @Test
    void an_adults_badge_starts_shown_by_link_and_can_be_made_private() {
        long entry = awardedToLearner();
        assertThat(item(entry).visibility()).isEqualTo(Visibility.LINK);
        wallet.show(entry, Visibility.PRIVATE);
        assertThat(item(entry).visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void nobody_answers_for_someone_elses_badge() {
        long entry = awardedToLearner();
        as(users, "learner2@mesta.example");
        assertThatThrownBy(() -> wallet.accept(entry)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> wallet.show(entry, Visibility.PROFILE)).isInstanceOf(AccessDeniedException.class);
        assertThat(wallet.mine()).noneMatch(i -> i.entryId() == entry);
        as(users, LEARNER);
        assertThat(item(entry).state()).isEqualTo(State.WAITING);
    }

    @Test
    void signed_out_nobody_reads_a_wallet() {
        assertThatThrownBy(() -> wallet.mine())
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
