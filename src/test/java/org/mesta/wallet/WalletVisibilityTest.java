package org.mesta.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mesta.badge.Award;
import org.mesta.security.AccountService;
import org.mesta.wallet.WalletEntry.Visibility;

/** Who sees an award's page, as the wallet answers the badge feature (no Spring: the rule alone). */
class WalletVisibilityTest {

    final WalletEntryRepository entries = mock(WalletEntryRepository.class);
    final AccountService accounts = mock(AccountService.class);
    final WalletVisibility visibility = new WalletVisibility(entries, accounts);

    private Award award(long id, String email) {
        Award a = mock(Award.class);
        when(a.getId()).thenReturn(id);
        when(a.getRecipientEmail()).thenReturn(email);
        when(a.getRecipientAccountId()).thenReturn(null);
        return a;
    }

    private WalletEntry entry(Visibility v) {
        return WalletEntry.award(7, 1, v, Instant.EPOCH);
    }

    @Test
    void the_holders_choice_decides_once_the_award_is_in_their_wallet() {
        Award a = award(1, "lea@example.org");
        when(entries.findByAwardId(1L)).thenReturn(Optional.of(entry(Visibility.PRIVATE)));
        assertThat(visibility.shownToEveryone(a)).isFalse();
        when(entries.findByAwardId(1L)).thenReturn(Optional.of(entry(Visibility.LINK)));
        assertThat(visibility.shownToEveryone(a)).isTrue();
        when(entries.findByAwardId(1L)).thenReturn(Optional.of(entry(Visibility.PROFILE)));
        assertThat(visibility.shownToEveryone(a)).isTrue();
        WalletEntry declined = entry(Visibility.PROFILE);
        declined.decline(Instant.EPOCH);
        when(entries.findByAwardId(1L)).thenReturn(Optional.of(declined));
        assertThat(visibility.shownToEveryone(a)).as("declined").isFalse();
    }
}
