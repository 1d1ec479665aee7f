package org.mesta.wallet;

import java.util.List;
import org.mesta.badge.Award;
import org.mesta.badge.AwardVisibility;
import org.mesta.base.SystemTask;
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
        // Anyone may open an award's page, signed in or not: the holder's age is looked up as the system.
        boolean[] shown = {true};
        SystemTask.run(() -> {
            Long holder = award.getRecipientAccountId() != null
                    ? award.getRecipientAccountId()
                    : accounts.accountIdsOf(List.of(award.getRecipientEmail())).get(award.getRecipientEmail());
            shown[0] = holder == null || accounts.adult(holder);
        });
        return shown[0];
    }
}
