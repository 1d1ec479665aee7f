package org.mesta.wallet;

import org.mesta.badge.Award;
import org.mesta.badge.AwardVisibility;
import org.mesta.security.AccountService;
import org.mesta.wallet.WalletEntry.State;
import org.mesta.wallet.WalletEntry.Visibility;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see an award's page, as its holder chose in the wallet: a declined or private badge only its holder and
 * issuer. An award not in a wallet yet is shown by link as before, unless its address belongs to someone under 18:
 * a minor's badge starts private, also before they first open their wallet.
 */
@Component
class WalletVisibility implements AwardVisibility {

    private final WalletEntryRepository entries;
    private final AccountService accounts;

    WalletVisibility(WalletEntryRepository entries, AccountService accounts) {
        this.entries = entries;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean shownToEveryone(Award award) {
        var entry = entries.findByAwardId(award.getId());
        if (entry.isPresent()) {
            return entry.get().getState() != State.DECLINED && entry.get().getVisibility() != Visibility.PRIVATE;
        }
        return accounts.holderIsAdult(award.getRecipientAccountId(), award.getRecipientEmail());
    }
}
